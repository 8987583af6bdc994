package org.hallkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync} and {@code status} as staff and scripts meet them: exit codes, one-line reasons, JSON. */
class SyncCommandTest {

    @TempDir
    Path tmp;

    TestFeed feed;
    Path config;
    Path data;

    @BeforeEach
    void setUp() throws IOException {
        feed = TestFeed.fromSample(tmp.resolve("publisher"));
        data = tmp.resolve("data");
        config = feed.writeConfig(tmp.resolve("kiosk-config"), feed.dir().toString(), data);
    }

    CommandRun sync(String... extra) {
        String[] args = new String[5 + extra.length];
        args[0] = "sync";
        args[1] = "--config";
        args[2] = config.toString();
        args[3] = "--data";
        args[4] = data.toString();
        System.arraycopy(extra, 0, args, 5, extra.length);
        return CommandRun.of(args);
    }

    @Test
    void exitsZeroWhenItAppliesAndWhenThereIsNothingNew() {
        feed.publish(3);
        CommandRun first = sync();
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("applied").contains("-> 3");
        assertThat(first.err()).isEmpty();

        CommandRun again = sync();
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("unchanged");
    }

    @Test
    void exitsOneWithOneLineNamingTheReasonWhenRefused() throws IOException {
        feed.publish(1);
        Path manifest = feed.dir().resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"sequence\" : 1", "\"sequence\" : 9"));

        CommandRun run = sync();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("manifest.json.sig");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void exitsOneWithOneLineNamingTheFeedWhenItIsMissing() {
        Path nowhere = tmp.resolve("no-such-usb-drive");
        CommandRun run = sync("--feed", nowhere.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains(nowhere.toString());
    }

    @Test
    void exitsTwoOnAUsageError() {
        assertThat(sync("--no-such-option").exitCode()).isEqualTo(2);
        CommandRun missingValue = sync("--feed");
        assertThat(missingValue.exitCode()).isEqualTo(2);
        assertThat(missingValue.err()).contains("--feed");
    }

    @Test
    void statusJsonTellsWhatIsHeldAndHowTheLastSyncWent() throws IOException {
        // Before any sync there is no mirror, and status (which only reads) does not make one.
        CommandRun none = CommandRun.of("status", "--config", config.toString(), "--data", data.toString(), "--json");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains(data.toString());
        Mirror.open(data).close();
        JsonNode empty = CommandRun.statusJson(config, data);
        assertThat(empty.get("sequence").asLong()).isEqualTo(-1);
        assertThat(empty.get("items").asInt()).isZero();
        assertThat(empty.get("last_sync").isNull()).isTrue();

        feed.publish(4);
        assertThat(sync().exitCode()).isZero();
        JsonNode status = CommandRun.statusJson(config, data);

        assertThat(status.get("sequence").asLong()).isEqualTo(4);
        assertThat(status.get("items").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(status.get("files").asInt()).isPositive();
        assertThat(status.get("columns").asInt()).isGreaterThanOrEqualTo(5);
        JsonNode last = status.get("last_sync");
        assertThat(last.get("outcome").asText()).isEqualTo("applied");
        assertThat(last.get("sequence_after").asLong()).isEqualTo(4);
        assertThat(last.get("new_items").asInt()).isEqualTo(status.get("items").asInt());
        assertThat(last.get("source").asText()).isEqualTo(feed.dir().toAbsolutePath().normalize().toString());
        assertThat(last.get("started_at").asText()).isNotBlank();
    }
}

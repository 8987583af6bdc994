package org.hallkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, status, health and stats only read: a mistyped --data is an error naming it, never a new empty mirror. */
class ReadOnlyCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderWithoutAMirrorIsAnErrorAndStaysUntouched() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        Path data = tmp.resolve("data");
        Path config = feed.writeConfig(tmp.resolve("kiosk-config"), feed.dir().toString(), data);
        Path typo = tmp.resolve("dtaa");
        String[][] commands = {{"search", "优待证"}, {"status"}, {"health"}, {"stats"}};
        for (String[] command : commands) {
            String[] args = concat(command, "--config", config.toString(), "--data", typo.toString());
            CommandRun run = CommandRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(run.err()).contains(typo.toString()).contains("mirror.db");
            assertThat(typo).as("no mirror created by " + command[0]).doesNotExist();
        }
        // Where a mirror exists, the same commands answer.
        Mirror.open(data).close();
        for (String[] command : commands) {
            CommandRun run = CommandRun.of(concat(command, "--config", config.toString(), "--data", data.toString()));
            assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isZero();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

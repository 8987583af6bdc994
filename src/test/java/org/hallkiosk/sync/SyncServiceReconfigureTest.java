package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edited feed address applies to the next sync at once, not after a restart. */
class SyncServiceReconfigureTest {

    @TempDir
    Path tmp;

    @Test
    void theNextSyncUsesTheEditedAddressAndKey() throws Exception {
        TestFeed first = TestFeed.fromSample(tmp.resolve("first"));
        first.publish(1);
        TestFeed second = TestFeed.fromSample(tmp.resolve("second")); // its own key pair
        second.publish(5);
        Path data = tmp.resolve("data");
        KioskConfig before = ConfigLoader.load(first.writeConfig(tmp.resolve("a/kiosk-config"),
                first.dir().toString(), data));
        KioskConfig edited = ConfigLoader.load(second.writeConfig(tmp.resolve("b/kiosk-config"),
                second.dir().toString(), data));
        try (Mirror mirror = Mirror.open(data)) {
            SyncService service = new SyncService(before, mirror, SyncOptions.DEFAULT);
            assertThat(service.sync(null, "test", p -> { }, () -> false).outcome()).isEqualTo(SyncOutcome.APPLIED);
            // without the edit, the second feed is refused: another address is not asked, another key not trusted
            assertThat(new SyncService(before, mirror, SyncOptions.DEFAULT).sync(second.dir().toString(), "test",
                    p -> { }, () -> false).outcome()).isEqualTo(SyncOutcome.REFUSED);

            service.reconfigure(edited);
            var report = service.sync(null, "test", p -> { }, () -> false);
            assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
            assertThat(mirror.items().sequence()).isEqualTo(5);
            assertThat(mirror.history().recent(1).get(0).source()).contains("second");
        }
    }

    @Test
    void anEditedDeadlineAppliesToTheNextSyncAndHandSetOptionsStayOtherwise() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("feed"));
        Path config = feed.writeConfig(tmp.resolve("kiosk-config"), feed.dir().toString(), tmp.resolve("data"));
        KioskConfig before = ConfigLoader.load(config);
        Path yaml = config.resolve("kiosk.yaml");
        Files.writeString(yaml, Files.readString(yaml)
                .replace("  public_key: feed-public-key.pem\n",
                        "  public_key: feed-public-key.pem\n  sync_deadline_minutes: 3\n"));
        KioskConfig edited = ConfigLoader.load(config);
        assertThat(edited.syncDeadline()).isEqualTo(Duration.ofMinutes(3));
        try (Mirror mirror = Mirror.open(tmp.resolve("data"))) {
            SyncOptions byHand = SyncOptions.DEFAULT.withDeadline(Duration.ofSeconds(7));
            SyncService service = new SyncService(before, mirror, byHand);
            service.reconfigure(before); // the same settings again: the options set by hand stay
            assertThat(service.engine().options().deadline()).isEqualTo(Duration.ofSeconds(7));
            service.reconfigure(edited);
            assertThat(service.engine().options().deadline()).isEqualTo(Duration.ofMinutes(3));
        }
    }
}

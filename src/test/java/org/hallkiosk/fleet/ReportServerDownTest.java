package org.hallkiosk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.testing.FailureLog;
import org.hallkiosk.testing.NginxDav;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk whose report server is down keeps syncing and showing content, logs the failure, and retries. */
class ReportServerDownTest {

    @TempDir
    Path tmp;

    @Test
    void aKioskThatCannotReportKeepsWorkingAndReportsOnceTheServerIsBack() throws Exception {
        assumeTrue(NginxDav.installed(), "no " + NginxDav.NGINX + ": scripts/install-test-deps.sh installs nginx-light");
        TestFeed feed = TestFeed.fromSample(tmp.resolve("feed"));
        feed.publish(3);
        int port = NginxDav.freePort(); // nothing listens there yet: the server is down
        String url = "http://127.0.0.1:" + port + "/reports/";
        KioskConfig config = ConfigLoader.load(FleetReportTest.kioskConfig(feed, tmp.resolve("kiosk-config"),
                tmp.resolve("data"), "lixia-01", url));
        try (Mirror mirror = Mirror.open(tmp.resolve("data")); FailureLog log = new FailureLog()) {
            SyncService sync = new SyncService(config, mirror, SyncOptions.DEFAULT);
            // retries from 100 ms on, so the test need not wait a minute; the kiosk's own writer waits 1 min, 2, 4 …
            try (ReportWriter writer = new ReportWriter(config.report().reportFor(config.kioskId()),
                    config.report().credentials(), new ReportBuilder(config, mirror,
                    () -> new KioskReport.Aids(true, true, false), () -> null), Duration.ofHours(1),
                    Duration.ofMillis(100));
                 AutoCloseable afterSync = sync.afterEachSync(r -> writer.reportSoon())) {
                assertThat(writer.reportNow().get(30, TimeUnit.SECONDS)).isFalse();
                assertThat(writer.failures()).isGreaterThanOrEqualTo(1);
                assertThat(writer.lastProblem()).contains(url + "lixia-01.json");
                assertThat(log.lines()).anyMatch(l -> l.startsWith("background \"fleet report\" failed"));

                // the kiosk works on: the sync applies and its content is there, whatever the report does
                assertThat(sync.sync(null, "test", p -> { }, () -> false).outcome()).isEqualTo(SyncOutcome.APPLIED);
                assertThat(mirror.items().sequence()).isEqualTo(3);
                assertThat(writer.sent()).isZero();

                try (NginxDav nginx = NginxDav.start(tmp.resolve("nginx"), port)) {
                    // no one asks again: the writer's own retry finds the server back
                    Path report = nginx.folder().resolve("lixia-01.json");
                    for (int i = 0; i < 600 && writer.sent() == 0; i++) {
                        Thread.sleep(100);
                    }
                    assertThat(writer.sent()).as("the retry reached the server").isGreaterThanOrEqualTo(1);
                    assertThat(Files.readString(report)).contains("\"kiosk_id\" : \"lixia-01\"")
                            .contains("\"sequence\" : 3");
                    assertThat(writer.lastProblem()).isNull();
                    assertThat(writer.nextScheduled()).isTrue(); // the hourly one
                }
            }
        }
    }
}

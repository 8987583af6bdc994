package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.feed.Cancellation;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.HttpFeedSource;
import org.hallkiosk.feed.HttpOptions;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.testing.FaultyFeedServer;
import org.hallkiosk.testing.FaultyFeedServer.Fault;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 取消 while the HTTP source waits out a server's Retry-After: the wait ends at once, the sync is cancelled. */
class CancelDuringBackOffTest {

    @TempDir
    Path tmp;

    @Test
    void cancelWakesTheBackOffWait() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        // The server asks for ten minutes of patience, and the source would give it.
        HttpOptions patient = new HttpOptions(Duration.ofSeconds(5), Duration.ofSeconds(5), 2, Duration.ofMillis(10),
                Duration.ofMinutes(10));
        try (FaultyFeedServer server = FaultyFeedServer.serve(feed.dir());
             Mirror mirror = Mirror.open(tmp.resolve("data"))) {
            server.failNext(FeedNames.MANIFEST, Fault.retryAfter(503, 600));
            SyncEngine engine = new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT.withHttp(patient));
            Cancellation cancel = new Cancellation();
            CompletableFuture<SyncReport> sync = CompletableFuture.supplyAsync(() -> engine.run(
                    new HttpFeedSource(server.base(), patient, cancel), "test", SyncProgress.Listener.NONE, cancel));
            while (server.requests(FeedNames.MANIFEST).isEmpty()) {
                Thread.sleep(10); // until the source has had its 503 and waits
            }
            cancel.cancel();
            // A guard against hanging, not a measure: without the wake-up this waits out the ten minutes.
            SyncReport report = sync.get(60, TimeUnit.SECONDS);
            assertThat(report.outcome()).isEqualTo(SyncOutcome.CANCELLED);
            assertThat(report.reasonKey()).isEqualTo("sync.cancelled");
            assertThat(server.requests(FeedNames.MANIFEST)).as("no retry after 取消").hasSize(1);
            assertThat(mirror.items().sequence()).isEqualTo(-1);
        }
    }
}

package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.feed.HttpFeedSource;
import org.hallkiosk.feed.HttpOptions;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncRecord;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.testing.FaultyFeedServer.Fault;
import org.hallkiosk.testing.FaultyFeedServer;
import org.hallkiosk.testing.MirrorSnapshot;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that drips, stalls mid-body or never ends must not hang a sync: the transfer is stopped as 网络过慢,
 * the whole sync as 超时, 取消 closes a blocked read, and afterwards the lock is free and the mirror whole.
 * The read timeout is far longer than the test, so only the guard can end these syncs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlowNetworkSyncTest {

    /** A read timeout that never fires within the test: a drip keeps it from firing anyway. */
    static final HttpOptions PATIENT = new HttpOptions(Duration.ofSeconds(5), Duration.ofMinutes(10), 3,
            Duration.ofMillis(10), Duration.ofMillis(100));

    @TempDir
    Path tmp;

    TestFeed feed;
    FaultyFeedServer server;
    Mirror mirror;
    MirrorSnapshot before;

    @BeforeEach
    void setUp() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        server = FaultyFeedServer.serve(feed.dir());
        mirror = Mirror.open(tmp.resolve("data"));
        assertThat(sync(SyncOptions.DEFAULT.withHttp(PATIENT), () -> false).outcome())
                .isEqualTo(SyncOutcome.APPLIED);
        before = MirrorSnapshot.of(mirror);
        feed.putItem(TestFeed.notice("tzgg-slow-new", "慢网络测试通知（示例）", "tzgg"));
        feed.publish(2);
        server.clearLog();
    }

    @AfterEach
    void tearDown() {
        mirror.close();
        server.close();
    }

    SyncReport sync(SyncOptions options, BooleanSupplier cancelled) {
        return new SyncEngine(mirror, feed.publicKey(), options)
                .run(new HttpFeedSource(server.base(), options.http()), "test", SyncProgress.Listener.NONE, cancelled);
    }

    /** A short stall window, a long deadline: only the rate can stop the sync. */
    static SyncOptions stallWindow(Duration window) {
        return SyncOptions.DEFAULT.withHttp(PATIENT).withStall(window, 1024);
    }

    void assertStoppedIntactAndUnlocked(SyncReport report, SyncOutcome outcome, String key, String said) {
        assertThat(report.outcome()).isEqualTo(outcome);
        assertThat(report.reasonKey()).isEqualTo(key);
        assertThat(report.reason()).contains(said);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
        SyncRecord last = mirror.history().last().orElseThrow();
        assertThat(last.outcome()).isEqualTo(outcome);
        assertThat(last.reasonKey()).isEqualTo(key);
        assertThat(last.reason()).contains(said);
        // The lock was released: the next sync is not 另一次同步正在进行, and it goes through.
        SyncReport next = sync(SyncOptions.DEFAULT.withHttp(PATIENT), () -> false);
        assertThat(next.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().item("tzgg-slow-new")).isPresent();
    }

    @Test
    void aManifestDrippedAByteAtATimeIsStoppedAsTooSlow() {
        server.failNext(FeedNames.MANIFEST, Fault.drip(Duration.ofMillis(100)));
        SyncReport report = sync(stallWindow(Duration.ofMillis(800)), () -> false);
        // One request: a transfer stopped for its rate is not retried.
        assertThat(server.requests(FeedNames.MANIFEST)).hasSize(1);
        assertStoppedIntactAndUnlocked(report, SyncOutcome.FAILED, "sync.tooSlow", "网络过慢");
    }

    @Test
    void anAttachmentThatStopsHalfWayIsStoppedAsTooSlow() {
        byte[] attachment = new byte[256 * 1024];
        new Random(3).nextBytes(attachment);
        feed.putFile("slow.pdf", attachment);
        feed.putItem(TestFeed.attach(TestFeed.notice("tzgg-slow-new", "慢网络测试通知（示例）", "tzgg"), "slow.pdf",
                "附件", "original"));
        feed.publish(3);
        server.failNext(FeedNames.filePath(Hashes.sha256(attachment)),
                Fault.stallBody(100 * 1024, Duration.ofMinutes(10)));
        SyncReport report = sync(stallWindow(Duration.ofMillis(800)), () -> false);
        assertStoppedIntactAndUnlocked(report, SyncOutcome.FAILED, "sync.tooSlow", "网络过慢");
    }

    @Test
    void aDripFastEnoughForTheRateStillMeetsTheDeadline() {
        // 10 bytes a tick of 20 ms beats 1 KiB per minute, so only the deadline can stop it.
        server.failNext(FeedNames.MANIFEST, Fault.drip(Duration.ofMillis(2)));
        SyncOptions options = SyncOptions.DEFAULT.withHttp(PATIENT).withDeadline(Duration.ofSeconds(1));
        SyncReport report = sync(options, () -> false);
        assertStoppedIntactAndUnlocked(report, SyncOutcome.FAILED, "sync.timeout", "超时");
    }

    @Test
    void cancelClosesABlockedRead() throws Exception {
        // Nothing but the cancel can end this: no read timeout, rate window or deadline within the test.
        server.failNext(FeedNames.MANIFEST, Fault.stallBody(10, Duration.ofMinutes(10)));
        AtomicBoolean cancel = new AtomicBoolean();
        CompletableFuture<SyncReport> running = CompletableFuture.supplyAsync(
                () -> sync(SyncOptions.DEFAULT.withHttp(PATIENT), cancel::get));
        while (server.requests(FeedNames.MANIFEST).isEmpty()) {
            Thread.sleep(10);
        }
        cancel.set(true);
        SyncReport report = running.get();
        assertStoppedIntactAndUnlocked(report, SyncOutcome.CANCELLED, "sync.cancelled", "取消");
    }

    @Test
    void aBodyWithoutEndIsRefusedAtItsBound() {
        server.failNext(FeedNames.itemPath("tzgg-slow-new"), Fault.neverEnding());
        SyncReport report = sync(SyncOptions.DEFAULT.withHttp(PATIENT), () -> false);
        assertThat(report.reasonKey()).isEqualTo("feed.tooLarge");
        assertThat(report.reason()).contains(FeedNames.itemPath("tzgg-slow-new"));
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
    }
}

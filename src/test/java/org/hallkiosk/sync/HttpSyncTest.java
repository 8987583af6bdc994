package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.feed.HttpFeedSource;
import org.hallkiosk.feed.HttpOptions;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.FaultyFeedServer;
import org.hallkiosk.testing.FaultyFeedServer.Fault;
import org.hallkiosk.testing.MirrorSnapshot;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync over HTTP from a real server on 127.0.0.1 that fails the ways networks fail. After each failure the
 * mirror shows the previous publication whole, {@code status} says what went wrong, and the next good sync
 * goes through.
 */
class HttpSyncTest {

    /** Short timeouts and back-off keep the suite fast; three tries. */
    static final HttpOptions FAST = new HttpOptions(Duration.ofMillis(500), Duration.ofMillis(500), 3,
            Duration.ofMillis(10), Duration.ofSeconds(3));
    /** One try, so that a single fault fails the sync. */
    static final HttpOptions ONE_TRY = new HttpOptions(FAST.connectTimeout(), FAST.readTimeout(), 1,
            FAST.baseDelay(), FAST.maxDelay());

    @TempDir
    Path tmp;

    TestFeed feed;
    FaultyFeedServer server;
    Mirror mirror;
    SyncEngine engine;
    Path data;
    Path config;

    @BeforeEach
    void setUp() throws IOException {
        feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        server = FaultyFeedServer.serve(feed.dir());
        data = tmp.resolve("data");
        mirror = Mirror.open(data);
        engine = new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT.withHttp(FAST));
        config = feed.writeConfig(tmp.resolve("kiosk-config"), server.base().toString(), data);
    }

    @AfterEach
    void tearDown() {
        mirror.close();
        server.close();
    }

    SyncReport sync(URI base, HttpOptions options) {
        return engine.run(new HttpFeedSource(base, options), "test", SyncProgress.Listener.NONE, () -> false);
    }

    /** Applies sequence 1, then publishes sequence 2 with one new notice, so that there is something to fail. */
    MirrorSnapshot appliedThenPublishedAgain() {
        assertThat(sync(server.base(), FAST).outcome()).isEqualTo(SyncOutcome.APPLIED);
        MirrorSnapshot before = MirrorSnapshot.of(mirror);
        feed.putItem(TestFeed.notice("tzgg-http-new", "网络测试通知（示例）", "tzgg"));
        feed.publish(2);
        server.clearLog();
        return before;
    }

    void assertFailedIntactAndRecovers(SyncReport report, MirrorSnapshot before, String key, String named)
            throws IOException {
        assertThat(report.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(report.reasonKey()).isEqualTo(key);
        assertThat(report.reason()).contains(named);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);

        JsonNode status = CommandRun.statusJson(config, data);
        assertThat(status.get("sequence").asLong()).isEqualTo(before.sequence());
        assertThat(status.get("items").asInt()).isEqualTo(before.items().size());
        assertThat(status.at("/last_sync/outcome").asText()).isEqualTo("failed");
        assertThat(status.at("/last_sync/reason_key").asText()).isEqualTo(key);
        assertThat(status.at("/last_sync/reason").asText()).contains(named);

        SyncReport next = sync(server.base(), FAST);
        assertThat(next.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().sequence()).isEqualTo(2);
        assertThat(mirror.items().item("tzgg-http-new")).isPresent();
    }

    @Test
    void theFirstSyncOverHttpMirrorsTheFeed() {
        SyncReport report = sync(server.base(), FAST);
        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(report.newItems()).isGreaterThanOrEqualTo(20);
        assertThat(mirror.items().counts().files()).isEqualTo(report.files());
    }

    @Test
    void connectionRefusedFailsAndKeepsTheMirror() throws IOException {
        MirrorSnapshot before = appliedThenPublishedAgain();
        URI nobody = FaultyFeedServer.refusingBase();
        assertFailedIntactAndRecovers(sync(nobody, FAST), before, "http.unreachable", nobody.getHost());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aServerThatStallsTimesOut() throws IOException {
        MirrorSnapshot before = appliedThenPublishedAgain();
        // Without the read timeout, this stall would outlast the test's own limit.
        server.failNext(FeedNames.MANIFEST, Fault.stall(Duration.ofSeconds(60)));
        SyncReport report = sync(server.base(), ONE_TRY);
        assertFailedIntactAndRecovers(report, before, "http.unreachable", "timeout");
    }

    @Test
    void notFoundFailsAtOnceNamingTheStatus() throws IOException {
        MirrorSnapshot before = appliedThenPublishedAgain();
        server.failNext(FeedNames.MANIFEST, Fault.status(404));
        SyncReport report = sync(server.base(), FAST);
        // A 404 is an answer, not a hiccup: no retries.
        assertThat(server.requests(FeedNames.MANIFEST)).hasSize(1);
        assertFailedIntactAndRecovers(report, before, "http.status", "404");
    }

    @Test
    void aServerErrorIsRetriedAndThenSucceeds() {
        appliedThenPublishedAgain();
        server.failNext(FeedNames.MANIFEST, Fault.status(500), Fault.status(503));
        SyncReport report = sync(server.base(), FAST);
        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(server.requests(FeedNames.MANIFEST)).extracting(FaultyFeedServer.Request::status)
                .containsExactly(500, 503, 200);
        assertThat(mirror.items().sequence()).isEqualTo(2);
    }

    @Test
    void aServerErrorOnEveryTryFailsNamingTheStatus() throws IOException {
        MirrorSnapshot before = appliedThenPublishedAgain();
        server.failNext(FeedNames.MANIFEST, Fault.status(500), Fault.status(500), Fault.status(500));
        SyncReport report = sync(server.base(), FAST);
        assertThat(server.requests(FeedNames.MANIFEST)).hasSize(FAST.attempts());
        assertFailedIntactAndRecovers(report, before, "http.status", "500");
    }

    @Test
    void tooManyRequestsWaitsForRetryAfter() {
        appliedThenPublishedAgain();
        server.failNext(FeedNames.MANIFEST, Fault.retryAfter(429, 1));
        SyncReport report = sync(server.base(), FAST);
        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        List<FaultyFeedServer.Request> tries = server.requests(FeedNames.MANIFEST);
        assertThat(tries).extracting(FaultyFeedServer.Request::status).containsExactly(429, 200);
        // The back-off alone would have waited about 10 ms; the server asked for a second.
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(tries.get(1).nanoTime() - tries.get(0).nanoTime());
        assertThat(waitedMillis).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void tooManyRequestsOnEveryTryFailsNamingTheStatus() throws IOException {
        MirrorSnapshot before = appliedThenPublishedAgain();
        server.failNext(FeedNames.MANIFEST, Fault.retryAfter(429, 0), Fault.retryAfter(429, 0),
                Fault.retryAfter(429, 0));
        assertFailedIntactAndRecovers(sync(server.base(), FAST), before, "http.status", "429");
    }

    @Test
    void aManifestCutShortFails() throws IOException {
        MirrorSnapshot before = appliedThenPublishedAgain();
        server.failNext(FeedNames.MANIFEST, Fault.cutShort(200));
        SyncReport report = sync(server.base(), ONE_TRY);
        assertThat(server.requests(FeedNames.MANIFEST)).extracting(FaultyFeedServer.Request::bodyBytes)
                .containsExactly(200L);
        assertFailedIntactAndRecovers(report, before, "http.unreachable", FeedNames.MANIFEST);
    }

    @Test
    void aSyncWithNothingNewIsOneConditionalRequestAnswered304() {
        assertThat(sync(server.base(), FAST).outcome()).isEqualTo(SyncOutcome.APPLIED);
        MirrorSnapshot before = MirrorSnapshot.of(mirror);
        server.clearLog();

        SyncReport report = sync(server.base(), FAST);

        assertThat(report.outcome()).isEqualTo(SyncOutcome.UNCHANGED);
        assertThat(server.requests()).hasSize(1);
        FaultyFeedServer.Request only = server.requests().get(0);
        assertThat(only.path()).isEqualTo(FeedNames.MANIFEST);
        assertThat(only.header("If-None-Match")).isNotBlank();
        assertThat(only.status()).isEqualTo(304);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
        assertThat(mirror.history().last().orElseThrow().outcome()).isEqualTo(SyncOutcome.UNCHANGED);
    }

    @Test
    void anInterruptedAttachmentIsResumedWithRange() throws IOException {
        assertThat(sync(server.base(), FAST).outcome()).isEqualTo(SyncOutcome.APPLIED);
        MirrorSnapshot before = MirrorSnapshot.of(mirror);
        byte[] attachment = new byte[512 * 1024];
        new Random(7).nextBytes(attachment);
        String hash = Hashes.sha256(attachment);
        feed.putFile("big.pdf", attachment);
        feed.putItem(TestFeed.attach(TestFeed.notice("tzgg-http-new", "带附件的通知（示例）", "tzgg"), "big.pdf",
                "附件", "original"));
        feed.publish(2);
        server.clearLog();
        String path = FeedNames.filePath(hash);
        server.failNext(path, Fault.cutShort(300 * 1024));

        SyncReport report = sync(server.base(), ONE_TRY);
        assertFailedIntactAndRecovers(report, before, "http.unreachable", path);

        List<FaultyFeedServer.Request> tries = server.requests(path);
        assertThat(tries).hasSize(2);
        assertThat(tries.get(0).header("Range")).isNull();
        assertThat(tries.get(1).header("Range")).matches("bytes=[1-9][0-9]*-");
        assertThat(tries.get(1).status()).isEqualTo(206);
        long sent = tries.stream().mapToLong(FaultyFeedServer.Request::bodyBytes).sum();
        assertThat(sent).isLessThan(2L * attachment.length);
        assertThat(Hashes.sha256(mirror.files().path(hash))).isEqualTo(hash);
    }
}

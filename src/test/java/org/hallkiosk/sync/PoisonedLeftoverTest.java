package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.feed.HttpFeedSource;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.testing.FaultyFeedServer;
import org.hallkiosk.testing.MirrorSnapshot;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corrupt leftover in staging (a torn write of an earlier run) is resumed with Range, fails its hash, and is
 * then thrown away and fetched once whole: the publisher is blamed only when the whole file is wrong too.
 */
class PoisonedLeftoverTest {

    @TempDir
    Path tmp;

    TestFeed feed;
    FaultyFeedServer server;
    Mirror mirror;
    byte[] attachment;
    String path;
    Path part;

    @BeforeEach
    void setUp() throws IOException {
        feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        server = FaultyFeedServer.serve(feed.dir());
        mirror = Mirror.open(tmp.resolve("data"));
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
        attachment = new byte[512 * 1024];
        new Random(11).nextBytes(attachment);
        feed.putFile("big.pdf", attachment);
        feed.putItem(TestFeed.attach(TestFeed.notice("tzgg-poison", "带附件的通知（示例）", "tzgg"), "big.pdf", "附件",
                "original"));
        feed.publish(2);
        String hash = Hashes.sha256(attachment);
        path = FeedNames.filePath(hash);
        part = Files.createDirectories(tmp.resolve("data/staging/files")).resolve(hash + ".part");
        byte[] junk = new byte[200 * 1024];
        new Random(99).nextBytes(junk);
        Files.write(part, junk);
        server.clearLog();
    }

    @AfterEach
    void tearDown() {
        mirror.close();
        server.close();
    }

    SyncReport sync() {
        return new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT.withHttp(HttpSyncTest.FAST))
                .run(new HttpFeedSource(server.base(), HttpSyncTest.FAST), "test", SyncProgress.Listener.NONE,
                        () -> false);
    }

    @Test
    void aPoisonedLeftoverIsFetchedAgainWholeAndTheFeedApplies() throws IOException {
        SyncReport report = sync();
        assertThat(report.outcome()).as(String.valueOf(report.reason())).isEqualTo(SyncOutcome.APPLIED);
        List<FaultyFeedServer.Request> tries = server.requests(path);
        assertThat(tries).hasSize(2);
        assertThat(tries.get(0).header("Range")).isEqualTo("bytes=" + 200 * 1024 + "-");
        assertThat(tries.get(0).status()).isEqualTo(206);
        assertThat(tries.get(1).header("Range")).isNull();
        assertThat(tries.get(1).status()).isEqualTo(200);
        assertThat(Hashes.sha256(mirror.files().path(Hashes.sha256(attachment)))).isEqualTo(Hashes.sha256(attachment));
        assertThat(part).doesNotExist();
    }

    @Test
    void whenTheWholeFileIsWrongTooTheFeedIsRefusedAfterOneWholeFetch() throws IOException {
        MirrorSnapshot before = MirrorSnapshot.of(mirror);
        byte[] tampered = attachment.clone();
        tampered[tampered.length - 1] ^= 1;
        Files.write(feed.dir().resolve(path), tampered);
        SyncReport report = sync();
        assertThat(report.outcome()).isEqualTo(SyncOutcome.REFUSED);
        assertThat(report.reasonKey()).isEqualTo("sync.fileHashMismatch");
        assertThat(report.reason()).contains(path);
        assertThat(server.requests(path)).extracting(r -> r.header("Range")).containsExactly("bytes=204800-", null);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
    }
}

package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncRecord;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.ChildJvm;
import org.hallkiosk.testing.MirrorSnapshot;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The power-cut test: {@code sync} of a few thousand items runs in a separate JVM and is killed (SIGKILL) at
 * seeded random moments. After each kill the mirror must show one publication whole, the one it had or the
 * one it was fetching, never a mix; {@code status} must not claim a dead sync is still running; and in the
 * end an undisturbed sync completes.
 */
class KillDuringSyncTest {

    static final int ITEMS = 3000;
    static final int ROUNDS = 6;

    @TempDir
    Path tmp;

    TestFeed feed;
    Path config;
    Path data;
    /** What each published sequence holds: items by hash, and files. */
    final Map<Long, MirrorSnapshot> published = new HashMap<>();

    @Test
    void aSyncKilledAtRandomMomentsLeavesOnePublicationWhole() throws Exception {
        feed = TestFeed.generated(tmp.resolve("publisher"), ITEMS, 30, 64 * 1024, 1);
        data = tmp.resolve("data");
        config = feed.writeConfig(tmp.resolve("kiosk-config"), feed.dir().toString(), data);
        publish(1);

        // An undisturbed first sync, timed, so the kills can land across a whole run.
        long started = System.nanoTime();
        Process first = startSync();
        assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
        long fullRunMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(first.exitValue()).as(Files.readString(tmp.resolve("child.err"))).isZero();
        assertWhole(1);

        Random random = new Random(20240618);
        long held = 1;
        int interruptedMidway = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long target = held + 1;
            ensurePublished(target);
            Process child = startSync();
            long delay = (long) (fullRunMillis * (0.2 + 0.8 * random.nextDouble()));
            boolean finishedFirst = child.waitFor(delay, TimeUnit.MILLISECONDS);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            MirrorSnapshot seen = snapshot();
            assertThat(seen.sequence()).as("round %d, killed after %d ms", round, delay).isIn(held, target);
            assertThat(seen).as("round %d: publication %d whole", round, seen.sequence())
                    .isEqualTo(published.get(seen.sequence()));
            JsonNode status = CommandRun.statusJson(config, data);
            assertThat(status.get("sequence").asLong()).isEqualTo(seen.sequence());
            assertThat(status.at("/last_sync/outcome").asText()).isNotEqualTo("running");
            if (!finishedFirst && seen.sequence() == held
                    && status.at("/last_sync/outcome").asText().equals("interrupted")) {
                interruptedMidway++;
            }
            System.out.printf("round %d: killed after %d ms of ~%d, mirror at %d (%s)%n", round, delay,
                    fullRunMillis, seen.sequence(), status.at("/last_sync/outcome").asText());
            held = seen.sequence();
        }
        assertThat(interruptedMidway).as("kills that landed inside a sync").isPositive();

        long target = held + 1;
        ensurePublished(target);
        Process last = startSync();
        assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(Files.readString(tmp.resolve("child.err"))).isZero();
        assertWhole(target);
        try (Mirror mirror = Mirror.open(data)) {
            List<SyncRecord> history = mirror.history().recent(100);
            assertThat(history.get(0).outcome()).isEqualTo(SyncOutcome.APPLIED);
            assertThat(history).extracting(SyncRecord::outcome).contains(SyncOutcome.INTERRUPTED)
                    .doesNotContain(SyncOutcome.RUNNING);
        }
    }

    /** A publication that differs from the last in nearly every item, so applying it is long. */
    private void ensurePublished(long sequence) throws IOException {
        if (!published.containsKey(sequence)) {
            long t0 = System.nanoTime();
            feed.regenerate(ITEMS, 30, 64 * 1024, sequence);
            publish(sequence);
            System.out.printf("published %d in %d ms%n", sequence, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private void publish(long sequence) {
        feed.publish(sequence);
        Manifest manifest = feed.manifest();
        Set<String> files = new TreeSet<>();
        manifest.files().forEach(f -> files.add(f.sha256()));
        published.put(sequence, new MirrorSnapshot(sequence, feed.publishedItemHashes(), files));
    }

    private void assertWhole(long sequence) {
        assertThat(snapshot()).isEqualTo(published.get(sequence));
    }

    private MirrorSnapshot snapshot() {
        try (Mirror mirror = Mirror.open(data)) {
            return MirrorSnapshot.of(mirror);
        }
    }

    private Process startSync() throws IOException {
        return ChildJvm.start(tmp.resolve("child.out"), tmp.resolve("child.err"),
                "sync", "--feed", feed.dir().toString(), "--config", config.toString(), "--data", data.toString());
    }
}

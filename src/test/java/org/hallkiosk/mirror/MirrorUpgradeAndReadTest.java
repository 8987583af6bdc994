package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.sync.SyncEngine;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.testing.MirrorSnapshot;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mirror over time: an older kiosk's file upgraded in place, and screens reading while a sync applies. */
class MirrorUpgradeAndReadTest {

    @TempDir
    Path tmp;

    static SyncReport sync(Mirror mirror, TestFeed feed, SyncProgress.Listener listener) throws Exception {
        return new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT)
                .run(new FolderFeedSource(feed.dir()), "test", listener, () -> false);
    }

    @Test
    void aMirrorAtAnOlderSchemaIsUpgradedInPlaceAndKeepsItsContent() throws Exception {
        Path data = tmp.resolve("data");
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        MirrorSnapshot before;
        try (Mirror old = Mirror.openAtVersion(data, 1)) {
            assertThat(old.fileSchemaVersion()).isEqualTo(1);
            assertThat(sync(old, feed, SyncProgress.Listener.NONE).outcome()).isEqualTo(SyncOutcome.APPLIED);
            before = MirrorSnapshot.of(old);
            assertThat(tableExists(old, "usage_events")).isFalse();
        }

        try (Mirror upgraded = Mirror.open(data)) {
            assertThat(upgraded.fileSchemaVersion()).isEqualTo(Mirror.schemaVersion()).isGreaterThan(1);
            assertThat(MirrorSnapshot.of(upgraded)).isEqualTo(before);
            assertThat(upgraded.history().last().orElseThrow().outcome()).isEqualTo(SyncOutcome.APPLIED);
            // What version 2 added works on the upgraded file.
            upgraded.usage().record("open_item", "zcwj-2024-00131", null, null, null, null);
            assertThat(tableExists(upgraded, "usage_events")).isTrue();
            int events = upgraded.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM usage_events")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            });
            assertThat(events).isEqualTo(1);
        }
        // Opening again at the latest version changes nothing.
        try (Mirror again = Mirror.open(data)) {
            assertThat(MirrorSnapshot.of(again)).isEqualTo(before);
        }
    }

    private static boolean tableExists(Mirror mirror, String table) {
        return mirror.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                ps.setString(1, table);
                try (var rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            }
        });
    }

    @Test
    void aReaderSeesTheOldStateOrTheNewWholeWhileASyncApplies() throws Exception {
        TestFeed feed = TestFeed.generated(tmp.resolve("publisher"), 300, 0, 0, 1);
        feed.publish(1);
        try (Mirror mirror = Mirror.open(tmp.resolve("data"))) {
            assertThat(sync(mirror, feed, SyncProgress.Listener.NONE).outcome()).isEqualTo(SyncOutcome.APPLIED);
            int oldCount = mirror.items().counts().items();
            feed.regenerate(3000, 0, 0, 2);
            feed.publish(2);
            int newCount = feed.manifest().items().size();

            Set<Integer> seen = ConcurrentHashMap.newKeySet();
            AtomicBoolean applying = new AtomicBoolean();
            AtomicInteger readsWhileApplying = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    boolean during = applying.get();
                    seen.add(mirror.items().counts().items());
                    if (during && applying.get()) {
                        readsWhileApplying.incrementAndGet();
                    }
                }
            }, "screen-reader");
            reader.start();
            SyncReport report;
            try {
                report = sync(mirror, feed, p -> applying.set(p.phase() == SyncProgress.Phase.APPLYING));
            } finally {
                stop.set(true);
                reader.join();
            }

            assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
            assertThat(readsWhileApplying.get()).as("reads during the apply").isPositive();
            assertThat(seen).containsAnyOf(oldCount, newCount).isSubsetOf(oldCount, newCount);
            assertThat(mirror.items().counts().items()).isEqualTo(newCount);
        }
    }
}

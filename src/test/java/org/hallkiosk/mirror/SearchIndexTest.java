package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.sync.SyncEngine;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows the items: written by the same sync, upgraded in place, never ahead or behind. */
class SearchIndexTest {

    @TempDir
    Path tmp;

    static SyncReport sync(Mirror mirror, TestFeed feed) throws Exception {
        return new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT)
                .run(new FolderFeedSource(feed.dir()), "test", SyncProgress.Listener.NONE, () -> false);
    }

    static List<String> ids(Mirror mirror, String query) {
        return mirror.search().search(query, SearchFilter.ALL, 20).hits().stream().map(h -> h.item().id()).toList();
    }

    @Test
    void aMirrorFromBeforeSearchIsIndexedWhenUpgraded() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        try (Mirror old = Mirror.openAtVersion(tmp.resolve("data"), 2)) {
            assertThat(sync(old, feed).succeeded()).isTrue();
            assertThat(old.fileSchemaVersion()).isEqualTo(2);
        }
        try (Mirror upgraded = Mirror.open(tmp.resolve("data"))) {
            assertThat(upgraded.fileSchemaVersion()).isEqualTo(Mirror.schemaVersion());
            assertThat(ids(upgraded, "ydz")).startsWith("bszn-ydz-sl");
            assertThat(ids(upgraded, "2024年17号")).startsWith("zcwj-2024-00131");
            assertThat(ids(upgraded, "打造高品质政务公开线下阵地")).containsExactly("zcwj-2024-00131");
            int docs = upgraded.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM search_docs")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            });
            assertThat(docs).isEqualTo(upgraded.items().counts().items());
        }
    }

    /** A mirror whose full-text index split its tokens with unicode61 gets the ascii one, filled again. */
    @Test
    void anIndexFromBeforeTheAsciiTokenizerIsRebuiltWhenUpgraded() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        try (Mirror old = Mirror.openAtVersion(tmp.resolve("data"), 6)) {
            assertThat(sync(old, feed).succeeded()).isTrue();
            assertThat(ftsSql(old)).doesNotContain("ascii");
            assertThat(ftsRows(old, "政务")).isPositive();
        }
        try (Mirror upgraded = Mirror.open(tmp.resolve("data"))) {
            assertThat(ftsSql(upgraded)).contains("tokenize='ascii'");
            assertThat(ids(upgraded, "打造高品质政务公开线下阵地")).containsExactly("zcwj-2024-00131");
            assertThat(ids(upgraded, "2024年17号")).startsWith("zcwj-2024-00131");
            assertThat(ftsRows(upgraded, "政务")).isPositive();
            assertThat(ftsRows(upgraded, "政务 务公 公开")).isPositive();
            assertThat(ftsRows(upgraded, "政务 公开")).isZero(); // a phrase: positions kept
        }
    }

    private static int ftsRows(Mirror mirror, String phrase) {
        return mirror.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?")) {
                ps.setString(1, '"' + phrase + '"');
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            }
        });
    }

    private static String ftsSql(Mirror mirror) {
        return mirror.read(c -> {
            try (var s = c.createStatement();
                 var rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }

    /** The sample published as sequence 1 and synced into a new mirror. */
    Mirror syncedSample(TestFeed feed) throws Exception {
        feed.publish(1);
        Mirror mirror = Mirror.open(tmp.resolve("data"));
        assertThat(sync(mirror, feed).succeeded()).isTrue();
        return mirror;
    }

    @Test
    void aWithdrawnItemLeavesTheResultsAndAChangedOneIsFoundByItsNewText() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        try (Mirror mirror = syncedSample(feed)) {
            assertThat(ids(mirror, "招聘会")).contains("gzdt-2022-zczph");
            assertThat(ids(mirror, "xinzhaopinhui")).isEmpty();

            feed.removeItem("gzdt-2022-zczph");
            ObjectNode notice = feed.readItem("tzgg-2024-bmys");
            notice.put("title", "新招聘会通知（示例）");
            feed.putItem(notice);
            feed.publish(2);
            assertThat(sync(mirror, feed).succeeded()).isTrue();

            assertThat(ids(mirror, "招聘会")).doesNotContain("gzdt-2022-zczph");
            // its title no longer finds it (related items still may: no item has every word, so search relaxes)
            assertThat(ids(mirror, "全市退役军人专场招聘会成功举办")).doesNotContain("gzdt-2022-zczph");
            assertThat(ids(mirror, "xinzhaopinhui")).containsExactly("tzgg-2024-bmys");
            assertThat(ids(mirror, "预算公开")).contains("tzgg-2024-bmys");
        }
    }

    @Test
    void aRebuiltIndexFindsWhatTheSyncedOneFound() throws Exception {
        try (Mirror mirror = syncedSample(TestFeed.fromSample(tmp.resolve("publisher")))) {
            List<String> before = ids(mirror, "抚恤");
            mirror.write(c -> {
                SearchIndex.rebuild(c);
                return null;
            });
            assertThat(ids(mirror, "抚恤")).isEqualTo(before).isNotEmpty();
            assertThat(ids(mirror, "优待证申领发放工作")).isNotEmpty();
        }
    }

    @Test
    void aRefusedSyncLeavesTheIndexAsItWas() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        try (Mirror mirror = syncedSample(feed)) {
            // a publication without the guide, signed by a key the kiosk does not trust: refused, nothing changes
            TestFeed other = TestFeed.fromSample(tmp.resolve("other"));
            other.removeItem("bszn-ydz-sl");
            other.publish(2);
            SyncReport refused = new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT)
                    .run(new FolderFeedSource(other.dir()), "test", SyncProgress.Listener.NONE, () -> false);
            assertThat(refused.succeeded()).isFalse();
            assertThat(ids(mirror, "ydz")).startsWith("bszn-ydz-sl");
        }
    }
}

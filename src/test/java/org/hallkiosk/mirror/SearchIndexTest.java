package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.feed.ItemReader;
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

    /**
     * The full-text rows of an apply are held back and written in rowid order (FullTextQueue): the rows of an
     * apply that failed after they were queued must not be written by the next apply, with no item behind them.
     */
    @Test
    void theFullTextRowsOfAFailedApplyAreNotWrittenByTheNext() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        try (Mirror mirror = syncedSample(feed)) {
            ObjectNode queued = feed.readItem("tzgg-2024-bmys");
            queued.put("id", "aaa-queued-first");
            queued.put("title", "鹦鹉螺号潜艇展览通知");
            feed.putItem(queued);
            ObjectNode bad = feed.readItem("tzgg-2024-bmys");
            bad.put("id", "zzz-broken-last");
            feed.putItem(bad);
            feed.publish(2);
            // changed on the drive after it was signed: found when the apply reads it, after the first was queued
            Path broken = feed.dir().resolve("items").resolve("zzz-broken-last.json");
            Files.writeString(broken, Files.readString(broken).replace("tzgg", "tzgx"));
            assertThat(sync(mirror, feed).succeeded()).isFalse();

            feed.removeItem("aaa-queued-first");
            feed.removeItem("zzz-broken-last");
            feed.publish(3);
            assertThat(sync(mirror, feed).succeeded()).isTrue();
            assertThat(fullTextRowids(mirror, "鹦鹉螺号")).isEmpty();
            assertThat(ids(mirror, "鹦鹉螺号")).isEmpty();
            // and the index holds one row for each item, no more
            assertThat(fullTextRowids(mirror, "通知").size()).isEqualTo(ids(mirror, "通知").size());
        }
    }

    /** Batches of a few rows each, written in rowid order: the index finds what one big batch finds. */
    @Test
    void anIndexWrittenInSmallBatchesFindsTheSame() throws Exception {
        try (Mirror mirror = syncedSample(TestFeed.fromSample(tmp.resolve("publisher")))) {
            List<String> before = ids(mirror, "抚恤");
            List<Long> rowids = fullTextRowids(mirror, "退役军人");
            List<Long> docRowids = new ArrayList<>();
            List<byte[]> jsons = new ArrayList<>();
            mirror.read(c -> {
                try (var s = c.createStatement();
                     var rs = s.executeQuery("SELECT d.rowid, i.json FROM search_docs d JOIN items i ON i.id = d.item_id"
                             + " ORDER BY i.id DESC")) {
                    while (rs.next()) {
                        docRowids.add(rs.getLong(1));
                        jsons.add(rs.getBytes(2));
                    }
                }
                return null;
            });
            List<SearchIndex.Terms> terms = new ArrayList<>();
            for (byte[] json : jsons) {
                terms.add(new SearchIndex().prepare(ItemReader.read(json, "test")));
            }
            mirror.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')");
                }
                FullTextQueue queue = new FullTextQueue(200);
                for (int i = 0; i < terms.size(); i++) {
                    queue.insert(c, docRowids.get(i), terms.get(i).headTokens(), terms.get(i).bodyTokens());
                }
                // written batch by batch on the way: far fewer held than inserted
                assertThat(queue.held()).isLessThan(terms.size() / 2);
                queue.write(c);
                assertThat(queue.held()).isZero();
                return null;
            });
            assertThat(ids(mirror, "抚恤")).isEqualTo(before);
            assertThat(fullTextRowids(mirror, "退役军人")).isEqualTo(rowids);
        }
    }

    private static List<Long> fullTextRowids(Mirror mirror, String text) {
        return mirror.read(c -> {
            List<Long> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid")) {
                ps.setString(1, SearchText.match(text));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    @Test
    void onlyAnApplyThatBringsAGoodPartOfTheIndexIsLoadedInBulk() {
        // a first sync, and a publication renewed whole
        assertThat(SearchIndex.inBulk(20_000, 0)).isTrue();
        assertThat(SearchIndex.inBulk(20_000, 20_000)).isTrue();
        assertThat(SearchIndex.inBulk(5_000, 20_000)).isTrue();
        // few items: merged as they come, whatever the index holds
        assertThat(SearchIndex.inBulk(1_999, 0)).isFalse();
        // 1% of a province's 200,000: the whole index is not rewritten for it
        assertThat(SearchIndex.inBulk(2_000, 200_000)).isFalse();
        assertThat(SearchIndex.inBulk(4_999, 20_000)).isFalse();
    }
}

package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.content.Validity;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.sync.SyncEngine;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.testing.GeneratedFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over a generated feed of many similar items, where ranking has to tell them apart. */
class GeneratedSearchTest {

    @TempDir
    static Path tmp;

    static Mirror mirror;

    @BeforeAll
    static void syncGenerated() throws Exception {
        Path content = GeneratedFeed.writeContent(tmp.resolve("content"), 600, 0, 0, 99L);
        var keys = Ed25519Keys.generate();
        FeedWriter.publish(content, tmp.resolve("feed"), keys.getPrivate(), 1L);
        mirror = Mirror.open(tmp.resolve("data"));
        var report = new SyncEngine(mirror, keys.getPublic(), SyncOptions.DEFAULT)
                .run(new FolderFeedSource(tmp.resolve("feed")), "test", SyncProgress.Listener.NONE, () -> false);
        assertThat(report.succeeded()).as(report.reason()).isTrue();
    }

    @AfterAll
    static void close() {
        mirror.close();
    }

    static List<SearchHit> hits(String query) {
        return mirror.search().search(query, SearchFilter.ALL, 30).hits();
    }

    /** Some policies' id, document number and index number, straight from the items table. */
    static List<String[]> policies() {
        return mirror.read(c -> {
            List<String[]> out = new ArrayList<>();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, doc_no, index_no FROM items"
                    + " WHERE type = 'policy' ORDER BY id LIMIT 8 OFFSET 40")) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            return out;
        });
    }

    @Test
    void everyIndexNumberFindsItsPolicyFirst() {
        for (String[] p : policies()) {
            assertThat(hits(p[2]).get(0).item().id()).as(p[2]).isEqualTo(p[0]);
            String tail = p[2].substring(p[2].indexOf('/') + 1);
            assertThat(hits(tail).get(0).item().id()).as(tail).isEqualTo(p[0]);
        }
    }

    @Test
    void aDocumentNumberPutsThePoliciesWithItFirstHoweverTyped() {
        for (String[] p : policies()) {
            String docNo = p[1];
            String yearAndNumber = docNo.substring(docNo.indexOf('〔') + 1, docNo.length() - 1);
            String year = yearAndNumber.substring(0, 4);
            String number = yearAndNumber.substring(5);
            for (String q : List.of(docNo, "[" + year + "]" + number, "(" + year + ")" + number,
                    year + "年" + number + "号")) {
                List<SearchHit> found = hits(q);
                assertThat(found).as(q).extracting(h -> h.item().id()).contains(p[0]);
                // the numbers (possibly shared by several district bureaus' documents) lead, nothing else before
                int firstOther = (int) found.stream().takeWhile(h -> docNo.equals(h.item().docNo())).count();
                assertThat(firstOther).as(q).isPositive();
                assertThat(found.subList(firstOther, found.size())).as(q)
                        .noneMatch(h -> docNo.equals(h.item().docNo()));
            }
        }
    }

    @Test
    void titleMatchesComeBeforeEverythingElseForHanziPinyinAndInitials() {
        for (String topic : List.of("退役士兵安置", "烈士褒扬纪念", "光荣牌悬挂", "双拥模范城创建")) {
            PinyinText py = PinyinText.of(topic);
            for (String q : List.of(topic, py.commonPinyin(), py.commonInitials())) {
                List<SearchHit> found = hits(q);
                assertThat(found).as(q).isNotEmpty();
                assertThat(found.get(0).item().title()).as(q).contains(topic);
                int titles = (int) found.stream().takeWhile(h -> h.snippet().equals(h.item().title())).count();
                assertThat(found.subList(titles, found.size())).as(q)
                        .noneMatch(h -> h.snippet().equals(h.item().title()));
                for (SearchHit h : found.subList(0, titles)) {
                    assertThat(h.highlights()).as(q).isNotEmpty();
                }
            }
        }
    }

    @Test
    void amongEqualsValidityThenNewerDecides() {
        // every policy's number holds 济退役军人发, and no title does: one tier, ordered among equals only
        List<ItemSummary> policies = mirror.search().search("济退役军人发", new SearchFilter(ItemType.POLICY, null), 60)
                .hits().stream().map(SearchHit::item).toList();
        assertThat(policies).hasSize(60);
        for (int i = 1; i < policies.size(); i++) {
            ItemSummary a = policies.get(i - 1);
            ItemSummary b = policies.get(i);
            assertThat(rank(a.validity())).isLessThanOrEqualTo(rank(b.validity()));
            if (rank(a.validity()) == rank(b.validity())) {
                assertThat(a.publishedAt()).isAfterOrEqualTo(b.publishedAt());
            }
        }
    }

    static int rank(Validity v) {
        return Math.min(v.ordinal(), Validity.EXPIRED.ordinal());
    }

    @Test
    void bodyOnlyWordsAreFoundWithTheirSnippetMarked() {
        List<SearchHit> found = hits("结合本地实际");
        assertThat(found).hasSize(30);
        for (SearchHit h : found) {
            assertThat(h.markedSnippet("[", "]")).contains("[结合本地实际]");
            assertThat(h.snippet().length()).isLessThanOrEqualTo(SearchSnippets.SNIPPET_CHARS + 2);
        }
    }
}

package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.sync.SyncEngine;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of query a visitor can type, against the sample feed synced into a real mirror. */
class SearchTest {

    @TempDir
    static Path tmp;

    static Mirror mirror;

    @BeforeAll
    static void syncSample() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        mirror = Mirror.open(tmp.resolve("data"));
        sync(mirror, feed);
    }

    static void sync(Mirror m, TestFeed feed) throws Exception {
        var report = new SyncEngine(m, feed.publicKey(), SyncOptions.DEFAULT)
                .run(new FolderFeedSource(feed.dir()), "test", SyncProgress.Listener.NONE, () -> false);
        assertThat(report.succeeded()).as(report.reason()).isTrue();
    }

    @AfterAll
    static void close() {
        mirror.close();
    }

    static List<String> ids(String query) {
        return ids(query, SearchFilter.ALL);
    }

    static List<String> ids(String query, SearchFilter filter) {
        return mirror.search().search(query, filter, 20).hits().stream().map(h -> h.item().id()).toList();
    }

    static SearchHit first(String query) {
        return mirror.search().search(query, SearchFilter.ALL, 20).hits().get(0);
    }

    static String marked(SearchHit hit) {
        return hit.markedSnippet("[", "]");
    }

    @Test
    void theGuideComesFirstForHanziFullPinyinAndInitials() {
        for (String q : List.of("优待证", "youdaizheng", "ydz", "YDZ", "youdaiz", "youdz")) {
            List<String> found = ids(q);
            assertThat(found).as(q).startsWith("bszn-ydz-sl");
            // the policy and the interpretation with 优待证 in their titles follow; the notices do not come first
            assertThat(found).as(q).contains("zcwj-2022-00021", "zcjd-2022-00021");
        }
        assertThat(marked(first("ydz"))).isEqualTo("退役军人和其他优抚对象[优待证]申领");
        // items about 优待证 (it is among their keywords) before a chance run of initials, 关[于调整] (yu diao zheng)
        List<String> ydz = ids("ydz");
        assertThat(ydz.subList(0, 3)).containsExactlyInAnyOrder("bszn-ydz-sl", "zcwj-2022-00021", "zcjd-2022-00021");
        assertThat(ydz).contains("zcwj-2024-00098");
        assertThat(marked(first("优待证"))).isEqualTo("退役军人和其他优抚对象[优待证]申领");
    }

    @Test
    void everyReadingOfAPolyphonicCharacterCounts() {
        // 调 is diao or tiao, 重 zhong or chong, 长 zhang or chang
        assertThat(ids("tiaozheng")).contains("zcwj-2024-00098", "zcwj-2023-00045");
        assertThat(ids("diaozheng")).contains("zcwj-2024-00098", "zcwj-2023-00045");
        assertThat(ids("tz")).contains("zcwj-2024-00098");
    }

    @Test
    void twoHanziFindWhatATrigramIndexCannot() {
        assertThat(ids("优待")).startsWith("bszn-ydz-sl").contains("zcwj-2022-00021");
        List<String> fuxu = ids("抚恤");
        assertThat(fuxu).contains("bszn-lsys-dqfxj", "bszn-scfx-gxzy", "zcwj-2024-00098", "zcwj-2023-00045");
        // among titles that hold the word: guides first, then the effective 2024 policy before the expired 2023 one
        assertThat(fuxu.indexOf("bszn-scfx-gxzy")).isLessThan(fuxu.indexOf("zcwj-2024-00098"));
        assertThat(fuxu.indexOf("zcwj-2024-00098")).isLessThan(fuxu.indexOf("zcwj-2023-00045"));
        assertThat(ids("fuxu")).containsAll(ids("抚恤").subList(0, 4));
    }

    @Test
    void oneHanziFindsEveryTitleWithIt() {
        List<String> lie = ids("烈");
        assertThat(lie).contains("bszn-lsys-dqfxj", "bszn-wmls-xqdj", "zcwj-2023-00067", "tzgg-2023-xqxs");
        assertThat(lie.get(0)).startsWith("bszn-");
        assertThat(marked(mirror.search().search("烈", SearchFilter.ALL, 20).hits().get(0))).contains("[烈]");
    }

    @Test
    void aDocumentNumberIsFoundHoweverItsBracketsAreTyped() {
        for (String q : List.of("济退役军人发〔2024〕17号", "济退役军人发[2024]17号", "[2024]17", "(2024)17",
                "（2024）17", "2024年17号", "〔2024〕17")) {
            assertThat(ids(q)).as(q).startsWith("zcwj-2024-00131");
        }
        // 17 is a whole number: 〔2024〕17号 is not 〔2024〕170号, and (2024)1 is not 17
        assertThat(ids("(2024)1")).doesNotContain("zcwj-2024-00131");
        assertThat(marked(first("[2024]17"))).isEqualTo("济退役军人发〔[2024〕17]号");
    }

    @Test
    void anIndexNumberFindsItsPolicy() {
        assertThat(ids("11370100MB28508779/2024-00131")).startsWith("zcwj-2024-00131");
        assertThat(ids("11370100mb28508779/2024-00131")).startsWith("zcwj-2024-00131");
        assertThat(ids("2024-00131")).startsWith("zcwj-2024-00131");
    }

    @Test
    void everyTermOfAMixedQueryMustMatch() {
        List<String> found = ids("优待 2024");
        assertThat(found).isNotEmpty().doesNotContain("zcwj-2022-00021");
        // numbers alone are looked for in 文号, 索引号 and titles only (never in opening hours or phone numbers)
        assertThat(ids("2024")).isNotEmpty().allMatch(id -> id.contains("2024"));
        assertThat(ids("烈士 寻亲")).startsWith("bszn-wmls-xqdj")
                .contains("zcwj-2023-00067", "tzgg-2023-xqxs", "zcjd-2023-00067");
    }

    @Test
    void rankingGoesExactTitleThenPrefixThenContainsThenFieldsThenBody() {
        // exact title beats everything else that has these words
        assertThat(ids("济南市无名烈士寻亲工作实施方案（示例）").get(0)).isEqualTo("zcwj-2023-00067");
        // a title that starts with the query before one that only contains it
        List<String> wuming = ids("无名烈士");
        assertThat(wuming.get(0)).isEqualTo("bszn-wmls-xqdj");
        // a keyword match before a body match: 贷款贴息 is a keyword of the 2024 measures, in the body of others
        List<String> daikuan = ids("创业担保贷款");
        assertThat(daikuan.get(0)).isEqualTo("bszn-cy-dktx");
        // body-only matches come last and say where they matched
        SearchHit body = mirror.search().search("打造高品质政务公开线下阵地", SearchFilter.ALL, 20).hits().get(0);
        assertThat(body.item().id()).isEqualTo("zcwj-2024-00131");
        assertThat(marked(body)).contains("[打造高品质政务公开线下阵地]");
    }

    @Test
    void amongEqualsEffectiveBeforeAmendedBeforeRepealedThenNewer() {
        // 济退役军人发 is in every policy's number: the order is by validity, then date
        List<String> policies = ids("济退役军人发", new SearchFilter(ItemType.POLICY, null));
        assertThat(policies).containsExactly("zcwj-2024-00098", "zcwj-2024-00131", "zcwj-2024-00052",
                "zcwj-2023-00067", "zcwj-2022-00021", "zcwj-2023-00088", "zcwj-2023-00045", "zcwj-2022-00034");
    }

    @Test
    void resultsGroupByTypeBestGroupFirst() {
        SearchResults r = mirror.search().search("抚恤", SearchFilter.ALL, 20);
        var groups = r.byType();
        assertThat(groups.keySet()).first().isEqualTo(ItemType.GUIDE);
        assertThat(groups.values().stream().mapToInt(List::size).sum()).isEqualTo(r.hits().size());
        groups.forEach((type, hits) -> assertThat(hits).allMatch(h -> h.item().type() == type));
        assertThat(groups.get(ItemType.POLICY)).extracting(h -> h.item().id())
                .containsSubsequence("zcwj-2024-00098", "zcwj-2023-00045");
    }

    @Test
    void filtersByTypeAndColumn() {
        assertThat(ids("抚恤", new SearchFilter(ItemType.GUIDE, null)))
                .isNotEmpty().allMatch(id -> id.startsWith("bszn-"));
        assertThat(ids("烈士", new SearchFilter(null, "zcjd"))).startsWith("zcjd-2023-00067")
                .allMatch(id -> id.startsWith("zcjd-"));
        assertThat(ids("政务公开", new SearchFilter(ItemType.NOTICE, "zwgk")))
                .isNotEmpty().allMatch(id -> id.startsWith("tzgg-") || id.startsWith("gzdt-"));
    }

    @Test
    void pinyinOfAWordInTheBodyFindsItThroughTheTitlesThatHaveIt() {
        // 僵尸栏目 is a keyword; the pinyin finds it, and bodies with the hanzi
        assertThat(ids("jiangshilanmu")).contains("zcwj-2024-00131");
    }

    @Test
    void aSlipFindsWhatItSoundsLikeAndNothingFoundOffersTitlesThatSoundAlike() {
        // (issue 10) hanzi that read alike and a pinyin slip now find the item instead of nothing
        assertThat(ids("优代证")).startsWith("bszn-ydz-sl");
        assertThat(ids("wumingliesi")).startsWith("bszn-wmls-xqdj");
        assertThat(ids("fuxue")).contains("bszn-lsys-dqfxj", "bszn-scfx-gxzy");
        // three slips in seventeen letters are too many to search by, not to suggest
        SearchResults typo = mirror.search().search("wumimgliesixumqim", SearchFilter.ALL, 20);
        assertThat(typo.hits()).isEmpty();
        assertThat(typo.didYouMean()).isNotEmpty().allMatch(t -> t.contains("无名烈士"));
        // a title that only shares letters scattered through a long pinyin is not offered: 光荣牌 is not 预算公开
        assertThat(mirror.search().search("光荣牌在哪领", SearchFilter.ALL, 20).didYouMean())
                .noneMatch(t -> t.contains("预算"));
        assertThat(mirror.search().search("   ", SearchFilter.ALL, 20).hits()).isEmpty();
        // exact matches stay above sound-alike ones: 抚恤 does not bring 服务 (fuwu) in
        assertThat(ids("抚恤")).allMatch(id -> !id.startsWith("gzdt-"));
    }

    @Test
    void questionsInEverydayWordsFindTheOfficialOnes() {
        SearchResults r = mirror.search().search("優待證怎么办？", SearchFilter.ALL, 20);
        assertThat(r.understood()).containsExactly("优待证");
        assertThat(r.hits().get(0).item().id()).isEqualTo("bszn-ydz-sl");
        assertThat(r.relaxed()).isFalse();
        SearchResults retired = mirror.search().search("退伍", SearchFilter.ALL, 20);
        assertThat(retired.expanded().get("退伍")).contains("退役");
        assertThat(retired.hits()).isNotEmpty();
        // the expired 2023 standard never above the one in force, whatever matched
        List<String> standard = ids("抚恤补助标准多少");
        assertThat(standard.get(0)).isEqualTo("zcwj-2024-00098");
        // 残疾军人 is a keyword of the expired 2023 standard only, the 2024 one has it in parts: in force still first,
        // and the reading of the expired standard is lapsed with it
        List<String> disabled = ids("残疾军人抚恤金多少");
        assertThat(disabled.indexOf("zcwj-2024-00098")).isLessThan(disabled.indexOf("zcwj-2023-00045"));
        assertThat(disabled.indexOf("zcwj-2024-00098")).isLessThan(disabled.indexOf("zcjd-2023-00045"));
    }

    @Test
    void whenNoItemHasEveryWordTheLeastInformativeIsDropped() {
        SearchResults r = mirror.search().search("无名烈士 火星", SearchFilter.ALL, 20);
        assertThat(r.relaxed()).isTrue();
        assertThat(r.dropped()).containsExactly("火星");
        assertThat(r.hits().get(0).item().id()).isEqualTo("bszn-wmls-xqdj");
        SearchResults all = mirror.search().search("无名烈士 寻亲", SearchFilter.ALL, 20);
        assertThat(all.relaxed()).isFalse();
    }

    @Test
    void anInterpretationFollowsThePolicyItExplains() {
        List<String> found = ids("优抚对象优待证申领发放工作");
        assertThat(found).containsSubsequence("zcwj-2022-00021", "zcjd-2022-00021");
        assertThat(found.indexOf("zcjd-2022-00021")).isEqualTo(found.indexOf("zcwj-2022-00021") + 1);
    }

    @Test
    void anyInputAnswersWithoutAnException() {
        String huge = "优待证".repeat(40_000);
        String weird = "\u0000\uD800\uDFFF\uDC00优\u202E待\uFFFF证\t\n" + "😀".repeat(10);
        for (String q : List.of(huge, weird, "\uD800", "（）〔〕", "第 号", "¥$%^&*")) {
            SearchResults r = mirror.search().search(q, SearchFilter.ALL, 20);
            assertThat(r.query().length()).isLessThanOrEqualTo(64);
            assertThat(r.understood()).allMatch(w -> w.length() <= 64);
        }
        assertThat(mirror.search().search(weird, SearchFilter.ALL, 20).hits()).isNotEmpty();
    }

    @Test
    void searchingDoesNotLogButTheTypedRecordDoes() {
        mirror.search().search("不存在的东西", SearchFilter.ALL, 20);
        int before = countSearches();
        mirror.usage().recordSearch("不存在的东西", 0);
        assertThat(countSearches()).isEqualTo(before + 1);
    }

    static int countSearches() {
        return mirror.read(c -> {
            try (var s = c.createStatement();
                 var rs = s.executeQuery("SELECT count(*) FROM usage_events WHERE kind = 'search'"
                         + " AND result_count = 0 AND item_id IS NULL")) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
    }

    @Test
    void suggestionsAsOneTypesHanziAndPinyin() {
        List<Suggestion> hanzi = mirror.search().suggest("优待", 8);
        assertThat(hanzi).extracting(Suggestion::text).startsWith("优待证", "优待");
        assertThat(hanzi.get(0).itemId()).isNull();
        assertThat(mirror.search().suggest("yd", 8)).extracting(Suggestion::text).contains("优待证");
        assertThat(mirror.search().suggest("wuming", 8)).extracting(Suggestion::text)
                .contains("无名烈士", "无名烈士寻亲信息登记");
        Suggestion title = mirror.search().suggest("wuminglieshixun", 8).get(0);
        assertThat(title.text()).isEqualTo("无名烈士寻亲信息登记");
        assertThat(title.itemId()).isEqualTo("bszn-wmls-xqdj");
        assertThat(mirror.search().suggest("", 8)).isEmpty();
    }
}

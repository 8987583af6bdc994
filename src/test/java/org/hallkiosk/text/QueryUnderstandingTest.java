package org.hallkiosk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a visitor's words become the words searched, with HanLP's real tables and our vocabulary. */
class QueryUnderstandingTest {

    static final QueryUnderstanding UNDERSTANDING = new QueryUnderstanding(Vocabulary.builtIn());

    static UnderstoodQuery understand(String q) {
        return UNDERSTANDING.understand(q, s -> false);
    }

    @Test
    void normalisingComesFirstTraditionalFullWidthControlsAndACap() {
        assertThat(TextNormalizer.normalize("優待證")).isEqualTo("优待证");
        assertThat(TextNormalizer.normalize("撫卹金")).isEqualTo("抚恤金");
        assertThat(TextNormalizer.normalize("ＹＤＺ　２０２４")).isEqualTo("ydz 2024");
        assertThat(TextNormalizer.normalize("优\u0000待\u202E证\uD800")).isEqualTo("优 待 证");
        assertThat(TextNormalizer.normalize("😀优待证")).isEqualTo("优待证");
        assertThat(TextNormalizer.normalize("优".repeat(100_000))).hasSize(TextNormalizer.MAX_CHARS);
        assertThat(TextNormalizer.normalize(null)).isEmpty();
    }

    @Test
    void questionAndFillerWordsAreDroppedAndIntentNoted() {
        UnderstoodQuery how = understand("优待证怎么办");
        assertThat(how.texts()).containsExactly("优待证");
        assertThat(how.intent()).isEqualTo(QueryIntent.GUIDE);
        assertThat(understand("光荣牌在哪领").texts()).containsExactly("光荣牌");
        assertThat(understand("我是农村的老兵有补助吗").texts()).containsExactly("农村", "老兵", "补助");
        UnderstoodQuery much = understand("残疾军人抚恤金多少");
        assertThat(much.intent()).isEqualTo(QueryIntent.STANDARD);
        assertThat(much.texts()).doesNotContain("多少");
        assertThat(understand("抚恤").intent()).isEqualTo(QueryIntent.NONE);
        assertThat(understand("怎么办").words()).isEmpty();
    }

    @Test
    void everydayWordsGetTheOfficialOnes() {
        assertThat(alternatives("退伍费怎么领", "退伍费")).contains("一次性退役金", "一次性经济补助");
        assertThat(alternatives("老兵", "老兵")).contains("退役");
        assertThat(alternatives("伤残", "伤残")).contains("残疾");
        assertThat(alternatives("残疾", "残疾")).contains("伤残"); // two-way
        assertThat(alternatives("退役", "退役")).doesNotContain("退伍"); // one-way
        assertThat(alternatives("孩子", "孩子")).contains("子女");
        assertThat(alternatives("扫墓", "扫墓")).contains("祭扫");
        assertThat(alternatives("60岁", "60岁")).contains("60周岁");
        // a vocabulary word inside a longer one
        assertThat(Vocabulary.builtIn().alternatives("老兵补贴")).contains("退役补贴");
        assertThat(understand("优待证丢了怎么补办").texts()).contains("优待证", "丢了");
        assertThat(alternatives("优待证丢了怎么补办", "丢了")).contains("补领");
    }

    @Test
    void thePublishersSynonymsAddTwoWayGroups() {
        Vocabulary v = Vocabulary.builtIn().with(List.of(List.of("老哥", "烈士")));
        assertThat(v.alternatives("老哥")).containsExactly("烈士");
        assertThat(v.alternatives("烈士")).contains("老哥");
        assertThat(Vocabulary.builtIn().alternatives("老哥")).isEmpty();
        Vocabulary parsed = Vocabulary.parse(List.of("# c", "a b => c", "x = y = z"));
        assertThat(parsed.alternatives("a")).containsExactly("c");
        assertThat(parsed.alternatives("c")).isEmpty();
        assertThat(parsed.alternatives("y")).containsExactlyInAnyOrder("x", "z");
    }

    @Test
    void numbersInHanziAreDigitsAndNumbersAloneAreSaidSo() {
        assertThat(ChineseNumbers.toArabic("第六十三号")).isEqualTo("第63号");
        assertThat(ChineseNumbers.toArabic("二〇二四年")).isEqualTo("2024年");
        assertThat(ChineseNumbers.toArabic("一百零五条")).isEqualTo("105条");
        assertThat(ChineseNumbers.toArabic("第十号")).isEqualTo("第10号");
        assertThat(ChineseNumbers.toArabic("一次性经济补助")).isEqualTo("一次性经济补助");
        assertThat(ChineseNumbers.toArabic("十全十美")).isEqualTo("十全十美");
        UnderstoodQuery n = understand("第六十三号");
        assertThat(n.texts()).containsExactly("第63号");
        assertThat(n.numbersOnly()).isTrue();
        assertThat(understand("主席令63号").texts()).containsExactly("主席令", "63号");
        assertThat(understand("主席令63号").numbersOnly()).isFalse();
        assertThat(understand("608号令").texts()).contains("608号");
        assertThat(understand("济退役军人发〔2024〕17号").texts()).contains("〔2024〕17号");
    }

    @Test
    void wordsTheCatalogHoldsStayTogetherAndUnknownSinglesJoin() {
        Set<String> catalog = Set.of("残疾军人", "景区门票");
        UnderstoodQuery known = UNDERSTANDING.understand("残疾军人抚恤金", catalog::contains);
        assertThat(known.texts()).containsExactly("残疾军人", "抚恤金");
        UnderstoodQuery phrase = UNDERSTANDING.understand("景区门票", catalog::contains);
        assertThat(phrase.words()).hasSize(1);
        assertThat(phrase.words().get(0).parts()).extracting(QueryWord::text).containsExactly("景区", "门票");
        // a word the segmenter does not know (a slip) stays one word, to be found by how it sounds
        assertThat(understand("优代证").texts()).containsExactly("优代证");
        assertThat(understand("烈士寻清").texts()).containsExactly("烈士", "寻清");
        // pinyin and initials are not segmented
        assertThat(understand("youdaizheng").texts()).containsExactly("youdaizheng");
        assertThat(understand("YDZ").texts()).containsExactly("ydz");
    }

    @Test
    void pinyinReadsWordsAndFuzzyFoldsWhatSpeakersMix() {
        assertThat(WordPinyin.of("重庆")).isEqualTo("chongqing");
        assertThat(WordPinyin.of("优待证")).isEqualTo(WordPinyin.of("优代证"));
        assertThat(WordPinyin.fuzzy("zhongqing")).isEqualTo(WordPinyin.fuzzy("zongqin"));
        assertThat(WordPinyin.fuzzy("liesi")).isEqualTo(WordPinyin.fuzzy("nieshi"));
        assertThat(WordPinyin.fuzzy("guangrongpai")).isEqualTo("guanrongpai");
        assertThat(WordPinyin.fuzzy("fuxu")).isNotEqualTo(WordPinyin.fuzzy("fuwu"));
    }

    @Test
    void anyInputIsUnderstoodWithoutAnExceptionAndWithinTheCaps() {
        for (String q : List.of("", " ", "\u0000", "\uD800", "\uDC00\uD800", "😀", "，。、；", "第", "号号号",
                "a".repeat(100_000), "优待证 ".repeat(1000), "零〇一二两三四五六七八九十百千万".repeat(10))) {
            UnderstoodQuery u = understand(q);
            assertThat(u.words().size()).isLessThanOrEqualTo(QueryUnderstanding.MAX_WORDS);
            assertThat(u.normalized().length()).isLessThanOrEqualTo(2 * TextNormalizer.MAX_CHARS);
        }
    }

    private static List<String> alternatives(String query, String word) {
        return understand(query).words().stream().filter(w -> w.text().equals(word)).findFirst().orElseThrow()
                .alternatives();
    }
}

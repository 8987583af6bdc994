package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pieces search is built from: pinyin lattices, document numbers, tokens, sound-alike distance. */
class SearchTextTest {

    static long find(String text, String term) {
        return PinyinText.of(text).find(new PinyinQuery(PinyinText.fold(term)), 0);
    }

    static String found(String text, String term) {
        long m = find(text, term);
        return m < 0 ? null : text.substring((int) (m >>> 32), (int) m);
    }

    @Test
    void pinyinFullInitialsMixedAndUnfinished() {
        String title = "退役军人和其他优抚对象优待证申领";
        assertThat(found(title, "youdaizheng")).isEqualTo("优待证");
        assertThat(found(title, "ydz")).isEqualTo("优待证");
        assertThat(found(title, "youdz")).isEqualTo("优待证");
        assertThat(found(title, "youdaizhe")).isEqualTo("优待证");
        assertThat(found(title, "yzh")).isNull();
        assertThat(found(title, "ydzh")).isEqualTo("优待证");
        assertThat(found(title, "优待zheng")).isEqualTo("优待证");
        assertThat(found(title, "YDZ")).isEqualTo("优待证");
        assertThat(found(title, "ydx")).isNull();
        assertThat(PinyinText.of("抚恤").matchesWhole(new PinyinQuery("fuxu"))).isTrue();
        assertThat(PinyinText.of("抚恤金").matchesWhole(new PinyinQuery("fuxu"))).isFalse();
        assertThat(PinyinText.of("抚恤金").startsWith(new PinyinQuery("fx"))).isTrue();
        // 绿 is lv to an IME; lu is accepted too
        assertThat(found("绿色通道", "lvse")).isEqualTo("绿色");
        assertThat(found("绿色通道", "luse")).isEqualTo("绿色");
    }

    @Test
    void aLatticeSurvivesTheIndexEncoding() {
        String title = "关于调整2024年抚恤标准（示例）";
        PinyinText direct = PinyinText.of(title);
        PinyinText stored = PinyinText.decode(title, PinyinText.encode(title));
        for (String q : new String[] {"tiaozheng", "diaozheng", "gytz", "2024", "示例", "fx"}) {
            PinyinQuery query = new PinyinQuery(PinyinText.fold(q));
            assertThat(stored.find(query, 0)).as(q).isEqualTo(direct.find(query, 0)).isNotNegative();
            assertThat(stored.contains(query)).as(q).isTrue();
        }
    }

    @Test
    void documentNumbersHoweverTheirBracketsAreTyped() {
        DocNumber doc = DocNumber.ofField("济退役军人发〔2024〕17号");
        assertThat(doc.text()).isEqualTo("#济退役军人发#2024#17#");
        for (String q : new String[] {"济退役军人发〔2024〕17号", "[2024]17", "(2024)17", "（2024）17", "2024年17号",
                "〔2024〕17", "［2024］17号"}) {
            assertThat(doc.find(DocNumber.pattern(PinyinText.fold(q)))).as(q).isNotNull();
        }
        assertThat(doc.find(DocNumber.pattern("[2024]1"))).isNull();
        assertThat(doc.find(DocNumber.pattern("2024年170号"))).isNull();
        assertThat(DocNumber.pattern("优待证")).isNull();
        Highlight h = doc.find(DocNumber.pattern("[2024]17"));
        assertThat("济退役军人发〔2024〕17号".substring(h.start(), h.end())).isEqualTo("2024〕17");
        DocNumber index = DocNumber.ofField("11370100MB28508779/2024-00131");
        assertThat(index.find(DocNumber.pattern("2024-00131"))).isNotNull();
        assertThat(index.find(DocNumber.pattern("131"))).isNotNull();
        assertThat(index.find(DocNumber.pattern("11370100mb28508779/2024-00131"))).isNotNull();
        assertThat(index.find(DocNumber.pattern("2024-0013"))).isNull();
    }

    @Test
    void hanziAreIndexedAsBigramsAndSingleCharacters() {
        assertThat(SearchText.tokens("优待证，烈士 DNA2024年")).isEqualTo("优待 待证 烈士 dna2024 优 待 证 烈 士 年 ");
        assertThat(SearchText.match("优待证")).isEqualTo("(\"优待 待证\")");
        assertThat(SearchText.match("烈")).isEqualTo("(\"烈\")");
        assertThat(SearchText.match("[2024]17号")).isEqualTo("(\"号\" AND \"2024 17\")");
        assertThat(SearchText.match("〔〕")).isNull();
    }

    /** The index's ascii tokenizer folds nothing: the tokens and queries come folded as unicode61 folded them. */
    @Test
    void latinLettersLoseTheirDiacriticsInTokensAndQueriesAlike() {
        assertThat(SearchText.tokens("Café Ñandú 优待")).isEqualTo("cafe nandu 优待 优 待 ");
        assertThat(SearchText.match("CAFÉ")).isEqualTo("(\"cafe\")");
        assertThat(SearchText.bare('ø')).isEqualTo('ø');
        assertThat(SearchText.bare('优')).isEqualTo('优');
    }

    /** The tokens are written as UTF-8 directly: one-, two- and three-byte characters come out as Java encodes them. */
    @Test
    void theTokensAsBytesAreTheTokensInUtf8() {
        String text = "Ǿrsted ЖИЗНЬ №5 ½ 𠀀 优待证。A-1 ø ÿ";
        assertThat(SearchText.tokensUtf8(text)).isEqualTo(SearchText.tokens(text).getBytes(StandardCharsets.UTF_8));
        assertThat(SearchText.tokens(text)).isEqualTo("ǿrsted жизнь 5 优待 待证 a 1 ø y 优 待 证 ");
    }

    @Test
    void soundAlikeDistanceAgreesWithTheTextbookTable() {
        Random random = new Random(7);
        for (int n = 0; n < 500; n++) {
            String pattern = randomLetters(random, 1 + random.nextInt(12));
            String text = randomLetters(random, random.nextInt(40));
            long[] peq = new long[128];
            for (int i = 0; i < pattern.length(); i++) {
                peq[pattern.charAt(i)] |= 1L << i;
            }
            assertThat(DidYouMean.distance(peq, pattern.length(), text)).as(pattern + " in " + text)
                    .isEqualTo(sellers(pattern, text));
        }
    }

    static String randomLetters(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(4)));
        }
        return sb.toString();
    }

    /** The fewest edits from the pattern to some substring of the text, by the full table. */
    static int sellers(String p, String t) {
        int[][] d = new int[p.length() + 1][t.length() + 1];
        for (int i = 0; i <= p.length(); i++) {
            d[i][0] = i;
        }
        int best = p.length();
        for (int j = 1; j <= t.length(); j++) {
            for (int i = 1; i <= p.length(); i++) {
                int cost = p.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
            best = Math.min(best, d[p.length()][j]);
        }
        return best;
    }
}

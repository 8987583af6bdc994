package org.hallkiosk.aids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtChineseMarksAndLineBreaksKeepingClosingQuotes() {
        String text = "退役军人优待证申领。需要哪些材料？请看“申请材料”。\n第一项：申请表；第二项：身份证！";
        Sentences s = Sentences.split(text);

        assertThat(s.list()).extracting(Sentence::text).containsExactly(
                "退役军人优待证申领。", "需要哪些材料？", "请看“申请材料”。", "第一项：申请表；", "第二项：身份证！");
        for (Sentence sentence : s.list()) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
    }

    @Test
    void keepsQuotesAfterTheMarkAndSkipsEmptyPieces() {
        Sentences s = Sentences.split("他说：“可以。”\n\n  \n。。最后一句");
        assertThat(s.list()).extracting(Sentence::text).containsExactly("他说：“可以。”", "最后一句");
        assertThat(s.list()).extracting(Sentence::index).containsExactly(0, 1);
    }

    @Test
    void findsTheSentenceAtAPlaceInTheText() {
        String text = "第一句。第二句。第三句";
        Sentences s = Sentences.split(text);
        assertThat(s.indexAt(0)).isZero();
        assertThat(s.indexAt(text.indexOf("第二"))).isEqualTo(1);
        assertThat(s.indexAt(text.length() - 1)).isEqualTo(2);
        assertThat(s.indexAt(text.length() + 10)).isEqualTo(2);
    }
}

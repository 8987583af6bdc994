package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hallkiosk.mirror.Highlight;
import org.junit.jupiter.api.Test;

/** A search card's grey second line: Markdown list marks taken out, the matched characters still marked. */
class SearchCardTextTest {

    @Test
    void listMarksGoAndTheMarksMoveWithTheText() {
        String snippet = "…地位和权益保障法》 - 已经部队批准随军； - 户籍已迁入…";
        int at = snippet.indexOf("随军");
        var plain = ItemRows.withoutListMarks(snippet, List.of(new Highlight(at, at + 2)));
        assertThat(plain.text()).isEqualTo("…地位和权益保障法》 已经部队批准随军； 户籍已迁入…");
        Highlight h = plain.highlights().get(0);
        assertThat(plain.text().substring(h.start(), h.end())).isEqualTo("随军");
    }

    @Test
    void aHyphenInsideWordsAndNumbersStays() {
        var plain = ItemRows.withoutListMarks("咨询电话 0531-12345，2024-00131 号", List.of());
        assertThat(plain.text()).isEqualTo("咨询电话 0531-12345，2024-00131 号");
        assertThat(ItemRows.withoutListMarks("解读； -…", List.of()).text()).isEqualTo("解读； …");
    }
}

package org.hallkiosk.aids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.Material;
import org.junit.jupiter.api.Test;

class ReadAloudTextTest extends WithSampleMirror {


    @Test
    void aPolicyIsReadAsTitleThenBodyWithoutMarkdownMarks() {
        Item policy = sample.item("zcwj-2024-00131");
        String text = ReadAloudText.of(policy);
        Sentences s = Sentences.split(text);

        assertThat(s.get(0).text()).isEqualTo(policy.title());
        assertThat(text).doesNotContain("**", "##", "](");
        assertThat(text).contains("2024年济南市退役军人事务局政务公开工作要点");
        assertThat(s.size()).isGreaterThan(20);
    }

    @Test
    void aGuideIsReadWithItsMaterialsAndSteps() {
        Item guide = sample.item("bszn-ydz-sl");
        List<String> sentences = Sentences.split(ReadAloudText.of(guide)).list().stream().map(Sentence::text).toList();

        for (Material m : guide.guide().materials()) {
            assertThat(sentences).anySatisfy(x -> assertThat(x).startsWith(m.name()));
        }
        assertThat(sentences).anySatisfy(x -> assertThat(x).startsWith("申请："));
        assertThat(String.join("", sentences)).doesNotContain("- 具有");
    }

    @Test
    void plainBlocksKeepListsNumberedAndHtmlAsText() {
        var blocks = PlainBlocks.of("# 标题\n\n第一段，\n接着。\n\n1. 甲\n2. 乙\n\n- 丙\n\n<b>不执行</b>\n");
        assertThat(blocks).extracting(PlainBlocks.Block::text)
                .containsExactly("标题", "第一段，接着。", "1. 甲", "2. 乙", "• 丙", "<b>不执行</b>");
        assertThat(blocks.get(0).heading()).isTrue();
    }
}

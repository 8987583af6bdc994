package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import org.hallkiosk.ui.reader.MarkdownView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Bodies are CommonMark shown as text: structure kept, raw HTML shown literally and never run. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

    @Test
    void headingsListsAndEmphasisBecomeStyledText() {
        MarkdownView view = new MarkdownView("## 一、范围\n\n- **创业贷款**：最长3年；\n- 常年受理\n\n正文第一行\n接着一行");
        List<Text> texts = texts(view);
        assertThat(texts).anyMatch(t -> t.getText().equals("一、范围") && t.getStyleClass().contains("h"));
        assertThat(texts).anyMatch(t -> t.getText().equals("创业贷款") && t.getStyleClass().contains("strong"));
        assertThat(texts).extracting(Text::getText).contains("•", "常年受理", "正文第一行", "接着一行");
    }

    @Test
    void rawHtmlIsShownAsItsTextNeverRun() {
        MarkdownView view = new MarkdownView("<script>alert('x')</script>\n\n看 <b onclick=\"x()\">这里</b>");
        String all = String.join("", texts(view).stream().map(Text::getText).toList());
        assertThat(all).contains("<script>alert('x')</script>").contains("<b onclick=\"x()\">").contains("这里");
    }

    static List<Text> texts(Node n) {
        List<Text> out = new ArrayList<>();
        if (n instanceof Text t) {
            out.add(t);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }
}

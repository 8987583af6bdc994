package org.hallkiosk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** What the kiosk's CommonMark renderer makes of an imported body. */
class BodyTextTest {

    static String html(BodyText body) {
        return HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build().parse(body.markdown()));
    }

    @Test
    void headingsStrongLeadsAndListsRender() {
        BodyText body = new BodyText()
                .line("一、围绕重点工作做实主动公开")
                .line("(一)以公开促进就业创业工作。切实做好退役军人教育培训相关政策信息公开;做好就业帮扶。")
                .line("（二）短的小标题")
                .line("1、第一项")
                .line("2.第二项")
                .line("• 要点")
                .line("2024年的总体要求是:以公开促服务。");
        String html = html(body);
        assertThat(html).contains("<h2>一、围绕重点工作做实主动公开</h2>")
                .contains("<p><strong>（一）以公开促进就业创业工作</strong>。切实做好退役军人教育培训相关政策信息公开；做好就业帮扶。</p>")
                .contains("<h3>（二）短的小标题</h3>")
                .contains("<ol>\n<li>第一项</li>\n<li>第二项</li>\n</ol>")
                .contains("<ul>\n<li>要点</li>\n</ul>")
                .contains("<p>2024年的总体要求是：以公开促服务。</p>");
    }

    @Test
    void markdownCharactersInTheTextShowAsWritten() {
        String html = html(new BodyText().line("# 不是标题 *不是强调* <b>不是标签</b> [不是链接](x)").line("1. 不是列表项吗"));
        assertThat(html).contains("<p># 不是标题 *不是强调* &lt;b&gt;不是标签&lt;/b&gt; [不是链接](x)</p>")
                .doesNotContain("<strong>").doesNotContain("<em>").doesNotContain("<h1>");
    }

    @Test
    void aPunctuationRuleWouldBreakStrongThatThisAvoids() {
        // proof the placement matters: with 。 inside, CommonMark shows the asterisks
        String broken = HtmlRenderer.builder().build().render(Parser.builder().build().parse("**（一）标题。**正文"));
        assertThat(broken).doesNotContain("<strong>");
    }
}

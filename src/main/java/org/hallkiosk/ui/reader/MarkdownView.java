package org.hallkiosk.ui.reader;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A CommonMark body as JavaFX text (commonmark-java parses it). There is no web view: raw HTML in a body is
 * shown as its literal text and never run, links show their text, images their description.
 */
public final class MarkdownView extends VBox {

    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern CITED = Pattern.compile("《([^《》]{2,})》");

    /** What a cited 《name》 opens; none, when the text cites nothing the kiosk holds. */
    private final Function<String, Runnable> links;

    public MarkdownView(String markdown) {
        this(markdown, name -> null);
    }

    /**
     * @param links for a name cited as 《name》 in the text, what a tap on it opens, or null to leave it as
     *              plain text
     */
    public MarkdownView(String markdown, Function<String, Runnable> links) {
        super(14);
        this.links = links;
        getStyleClass().add("markdown");
        org.commonmark.node.Node doc = PARSER.parse(markdown == null ? "" : markdown);
        for (var block = doc.getFirstChild(); block != null; block = block.getNext()) {
            getChildren().add(block(block, 0));
        }
    }

    private Node block(org.commonmark.node.Node block, int depth) {
        if (block instanceof Heading h) {
            TextFlow flow = inline(h, "h");
            flow.getStyleClass().add("md-heading");
            return flow;
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            VBox list = new VBox();
            list.getStyleClass().add("md-list");
            int n = block instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
            for (var item = block.getFirstChild(); item != null; item = item.getNext()) {
                String marker = block instanceof OrderedList ? (n++) + "." : "•";
                Text m = new Text(marker);
                m.getStyleClass().addAll("body-text", "strong");
                VBox content = new VBox();
                content.getStyleClass().add("md-list");
                for (var child = item.getFirstChild(); child != null; child = child.getNext()) {
                    content.getChildren().add(block(child, depth + 1));
                }
                HBox.setHgrow(content, Priority.ALWAYS);
                TextFlow bullet = new TextFlow(m);
                bullet.getStyleClass().add("text-flow");
                HBox row = new HBox(bullet, content);
                row.getStyleClass().add("md-list-item");
                list.getChildren().add(row);
            }
            return list;
        }
        if (block instanceof BlockQuote) {
            VBox quote = new VBox();
            quote.getStyleClass().add("md-quote");
            for (var child = block.getFirstChild(); child != null; child = child.getNext()) {
                quote.getChildren().add(block(child, depth + 1));
            }
            return quote;
        }
        if (block instanceof ThematicBreak) {
            Region rule = new Region();
            rule.getStyleClass().add("md-rule");
            return rule;
        }
        if (block instanceof FencedCodeBlock f) {
            return literal(f.getLiteral(), "code");
        }
        if (block instanceof IndentedCodeBlock c) {
            return literal(c.getLiteral(), "code");
        }
        if (block instanceof HtmlBlock html) {
            return literal(html.getLiteral(), null);
        }
        if (block instanceof Paragraph || block instanceof ListItem) {
            return inline(block, null);
        }
        return inline(block, null);
    }

    private static TextFlow literal(String text, String style) {
        Text t = new Text(text.stripTrailing());
        t.getStyleClass().add("body-text");
        if (style != null) {
            t.getStyleClass().add(style);
        }
        TextFlow flow = new TextFlow(t);
        flow.getStyleClass().add("text-flow");
        return flow;
    }

    /** The inline content of a block as one flow of text runs. */
    private TextFlow inline(org.commonmark.node.Node block, String blockStyle) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("text-flow");
        block.accept(new AbstractVisitor() {
            private boolean strong;
            private boolean emphasis;

            private void add(String s, String extra) {
                Text t = new Text(s);
                t.getStyleClass().add("body-text");
                if (blockStyle != null) {
                    t.getStyleClass().add(blockStyle);
                }
                if (strong || emphasis) {
                    t.getStyleClass().add("strong");
                }
                if (extra != null) {
                    t.getStyleClass().add(extra);
                }
                flow.getChildren().add(t);
            }

            @Override
            public void visit(org.commonmark.node.Text text) {
                // a cited 《name》 the kiosk holds becomes a link: underlined, in the accent colour, tappable
                Matcher m = CITED.matcher(text.getLiteral());
                int at = 0;
                while (m.find()) {
                    Runnable open = links.apply(m.group(1));
                    if (open == null) {
                        continue;
                    }
                    add(text.getLiteral().substring(at, m.start()), null);
                    add(m.group(), "link");
                    Text link = (Text) flow.getChildren().get(flow.getChildren().size() - 1);
                    link.setCursor(Cursor.HAND);
                    link.setOnMouseClicked(e -> {
                        if (e.isStillSincePress()) {
                            open.run();
                        }
                    });
                    at = m.end();
                }
                add(text.getLiteral().substring(at), null);
            }

            @Override
            public void visit(Code code) {
                add(code.getLiteral(), "code");
            }

            @Override
            public void visit(HtmlInline html) {
                add(html.getLiteral(), null);
            }

            @Override
            public void visit(SoftLineBreak b) {
                // CJK text has no spaces between words; a soft break inside a sentence is dropped.
            }

            @Override
            public void visit(HardLineBreak b) {
                add("\n", null);
            }

            @Override
            public void visit(StrongEmphasis s) {
                boolean was = strong;
                strong = true;
                visitChildren(s);
                strong = was;
            }

            @Override
            public void visit(Emphasis e) {
                boolean was = emphasis;
                emphasis = true;
                visitChildren(e);
                emphasis = was;
            }
        });
        return flow;
    }
}

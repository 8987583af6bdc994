package org.hallkiosk.aids;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * An item's CommonMark text as plain blocks (headings, paragraphs, list entries) for paper and for the voice,
 * which need the words without the marks. Raw HTML stays text, as everywhere in the kiosk.
 */
public final class PlainBlocks {

    /** One block of text; {@code heading} blocks are set apart on paper. */
    public record Block(boolean heading, String text) {
    }

    private static final Parser PARSER = Parser.builder().build();

    private PlainBlocks() {
    }

    public static List<Block> of(String markdown) {
        List<Block> out = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return out;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            private int ordinal;

            @Override
            public void visit(Heading heading) {
                add(true, inline(heading));
            }

            @Override
            public void visit(Paragraph paragraph) {
                add(false, inline(paragraph));
            }

            @Override
            public void visit(OrderedList list) {
                int saved = ordinal;
                ordinal = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                visitChildren(list);
                ordinal = saved;
            }

            @Override
            public void visit(BulletList list) {
                int saved = ordinal;
                ordinal = 0;
                visitChildren(list);
                ordinal = saved;
            }

            @Override
            public void visit(ListItem item) {
                String marker = ordinal > 0 ? (ordinal++) + ". " : "• ";
                List<String> parts = new ArrayList<>();
                for (Node n = item.getFirstChild(); n != null; n = n.getNext()) {
                    if (n instanceof Paragraph p) {
                        parts.add(inline(p));
                    } else {
                        n.accept(this);
                    }
                }
                if (!parts.isEmpty()) {
                    add(false, marker + String.join(" ", parts));
                }
            }

            @Override
            public void visit(FencedCodeBlock code) {
                add(false, code.getLiteral().strip());
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                add(false, code.getLiteral().strip());
            }

            @Override
            public void visit(HtmlBlock html) {
                add(false, html.getLiteral().strip());
            }

            private void add(boolean heading, String text) {
                if (!text.isBlank()) {
                    out.add(new Block(heading, text.strip()));
                }
            }
        });
        return out;
    }

    private static String inline(Node parent) {
        StringBuilder b = new StringBuilder();
        parent.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                b.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                b.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                b.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak soft) {
                // Chinese runs on across a source line break; Latin words need the space
                if (b.length() > 0 && b.charAt(b.length() - 1) < 0x2E80) {
                    b.append(' ');
                }
            }

            @Override
            public void visit(HardLineBreak hard) {
                b.append('\n');
            }
        });
        return b.toString();
    }
}

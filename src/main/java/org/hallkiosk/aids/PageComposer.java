package org.hallkiosk.aids;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays text out down A4 pages: wraps it (line breaks where Chinese and Latin allow, 1.5 line spacing), starts
 * a new page when the next line would not fit, and records every step on the current {@link PrintPage}.
 */
final class PageComposer {

    static final float MARGIN = PrintPage.mmToPx(15);
    static final float FOOTER = PrintPage.mmToPx(10);
    static final float LEFT = MARGIN;
    static final float RIGHT = PrintPage.WIDTH - MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = MARGIN;
    static final float BOTTOM = PrintPage.HEIGHT - MARGIN - FOOTER;
    static final float LINE_SPACING = 1.5f;

    /** Text measured as it will be drawn: antialiased, fractional metrics. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final List<PrintPage> pages = new ArrayList<>();
    private PrintPage page;
    private float y;

    PageComposer() {
        newPage();
    }

    void newPage() {
        page = new PrintPage();
        pages.add(page);
        y = TOP;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void space(float px) {
        y += px;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (y + height > BOTTOM && y > TOP) {
            newPage();
        }
    }

    List<PrintPage> pages() {
        return pages;
    }

    PrintPage page() {
        return page;
    }

    static float lineHeight(Font f) {
        return f.getSize2D() * LINE_SPACING;
    }

    static float width(String s, Font f) {
        return (float) f.getStringBounds(s, FRC).getWidth();
    }

    /** {@code text} broken into lines no wider than {@code width}; a newline always breaks. */
    static List<String> wrap(String text, Font font, float width) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            if (para.isEmpty()) {
                lines.add("");
                continue;
            }
            AttributedString as = new AttributedString(para, Map.of(TextAttribute.FONT, font));
            LineBreakMeasurer m = new LineBreakMeasurer(as.getIterator(), FRC);
            while (m.getPosition() < para.length()) {
                int start = m.getPosition();
                m.nextLayout(width);
                lines.add(para.substring(start, m.getPosition()).stripTrailing());
            }
        }
        return lines;
    }

    /** Draws one run of text with its baseline at {@code baseline}. */
    void text(String s, Font f, Color c, float x, float baseline) {
        text(page, s, f, c, x, baseline);
    }

    /** Draws on any page: footers go on once the number of pages is known. */
    static void text(PrintPage onPage, String s, Font f, Color c, float x, float baseline) {
        if (s.isEmpty()) {
            return;
        }
        LineMetrics lm = f.getLineMetrics(s, FRC);
        Rectangle2D bounds = new Rectangle2D.Float(x, baseline - lm.getAscent(), width(s, f),
                lm.getAscent() + lm.getDescent());
        onPage.add(new PrintPage.TextOp(s, f, c, x, baseline, bounds));
    }

    /** Draws lines from the top at {@code top} without breaking the page; returns the height used. */
    float lines(List<String> lines, Font f, Color c, float x, float top) {
        float lh = lineHeight(f);
        // the ideographic em box (0.88 em above the baseline) sits in the middle of the line, so boxes and
        // rules line up with the text whatever ascent the font reports
        float ascent = f.getSize2D() * 0.88f;
        float half = (lh - f.getSize2D()) / 2;
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), f, c, x, top + i * lh + half + ascent);
        }
        return lines.size() * lh;
    }

    /** A paragraph that may run over pages, line by line. */
    void paragraph(String text, Font f, Color c, float x, float width) {
        float lh = lineHeight(f);
        for (String line : wrap(text, f, width)) {
            ensure(lh);
            y += lines(List.of(line), f, c, x, y);
        }
    }

    /**
     * Two columns side by side, kept on one page: a label and its value, a material and its details.
     * Returns the row's top, which is on a new page when the row did not fit.
     */
    float row(String left, Font leftFont, Color leftColor, float leftX, float leftWidth,
             String right, Font rightFont, Color rightColor, float rightX, float rightWidth) {
        List<String> l = wrap(left, leftFont, leftWidth);
        List<String> r = wrap(right, rightFont, rightWidth);
        float h = Math.max(l.size() * lineHeight(leftFont), r.size() * lineHeight(rightFont));
        ensure(h);
        lines(l, leftFont, leftColor, leftX, y);
        lines(r, rightFont, rightColor, rightX, y);
        float top = y;
        y += h;
        return top;
    }

    void rule(float x1, float x2, float stroke, Color c) {
        page.add(new PrintPage.LineOp(new Line2D.Float(x1, y, x2, y), stroke, c));
    }

    void box(float x, float top, float side) {
        page.add(new PrintPage.BoxOp(new Rectangle2D.Float(x, top, side, side), 2.5f));
    }

    void qr(QrCode code, float x, float top, int modulePx) {
        page.add(new PrintPage.QrOp(code, x, top, modulePx));
    }
}

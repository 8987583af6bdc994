package org.hallkiosk.aids;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * One printed A4 page as a list of drawing steps in page pixels at {@value #DPI} dpi. The same steps paint the
 * preview image and the printer's page, so what a visitor previews is what comes out; the page also tells what
 * text it drew and where ({@link #textRuns()}).
 */
public final class PrintPage {

    public static final int DPI = 150;
    /** A4 is 210 × 297 mm. */
    public static final int WIDTH = mmToPx(210);
    public static final int HEIGHT = mmToPx(297);

    /** A piece of text drawn on the page and the box it takes. */
    public record TextRun(String text, Rectangle2D bounds) {
    }

    /** One drawing step. */
    sealed interface Op permits TextOp, BoxOp, LineOp, QrOp {
        void paint(Graphics2D g);
    }

    record TextOp(String text, Font font, Color color, float x, float baseline, Rectangle2D bounds) implements Op {
        @Override
        public void paint(Graphics2D g) {
            g.setFont(font);
            g.setColor(color);
            g.drawString(text, x, baseline);
        }
    }

    /** An empty square to tick, or a frame. */
    record BoxOp(Rectangle2D box, float stroke) implements Op {
        @Override
        public void paint(Graphics2D g) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(stroke));
            g.draw(box);
        }
    }

    record LineOp(Line2D line, float stroke, Color color) implements Op {
        @Override
        public void paint(Graphics2D g) {
            g.setColor(color);
            g.setStroke(new BasicStroke(stroke));
            g.draw(line);
        }
    }

    record QrOp(QrCode code, double x, double y, double moduleSize) implements Op {
        @Override
        public void paint(Graphics2D g) {
            code.draw(g, x, y, moduleSize);
        }
    }

    private final List<Op> ops = new ArrayList<>();

    static int mmToPx(double mm) {
        return (int) Math.round(mm / 25.4 * DPI);
    }

    void add(Op op) {
        ops.add(op);
    }

    /** Every piece of text on the page, in the order drawn. */
    public List<TextRun> textRuns() {
        List<TextRun> runs = new ArrayList<>();
        for (Op op : ops) {
            if (op instanceof TextOp t) {
                runs.add(new TextRun(t.text(), t.bounds()));
            }
        }
        return runs;
    }

    /** The tick boxes on the page (one per material of a guide). */
    public List<Rectangle2D> boxes() {
        List<Rectangle2D> boxes = new ArrayList<>();
        for (Op op : ops) {
            if (op instanceof BoxOp b) {
                boxes.add(b.box());
            }
        }
        return boxes;
    }

    /** Paints the page onto {@code g}, whose units must be page pixels; the paper is assumed white. */
    public void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        for (Op op : ops) {
            op.paint(g);
        }
    }

    /** The page as an image at {@value #DPI} dpi, for the on-screen preview. */
    public BufferedImage render() {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }
}

package org.hallkiosk.input;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The off-line feature of printed and handwritten Chinese character recognition (gradient directions after
 * moment normalisation): the character is drawn as an image, its centre of ink moved to the middle, its slant
 * taken out and its spread (second moments) scaled to a fixed size, so where it was written, how big, how
 * squashed and how slanted stop mattering; then each pixel's gradient is split between the two nearest of 8
 * directions, and each direction's plane is Gaussian-blurred and sampled on an 8 × 8 grid (512 numbers, square
 * rooted and scaled to length 1). A font's glyph (filled outline) and a visitor's strokes (drawn as lines about
 * as thick as the font's) give comparable vectors, so {@link #distance} says how alike two shapes are whatever
 * the order and number of strokes. Stateless and thread-safe; Java2D only, no display needed.
 */
final class DirectionFeatures {

    /** Side of the normalised image, pixels. */
    static final int PLANE = 64;
    /** Samples per side of each direction plane. */
    static final int GRID = 8;
    static final int DIRECTIONS = 8;
    static final int LENGTH = GRID * GRID * DIRECTIONS;

    /**
     * What can be set: the pen's width for strokes (pixels of the normalised image), the blur (σ in sample
     * intervals), whether the slant is taken out, the part of the image the moments' 4σ box fills, and how much
     * more one axis may be stretched than the other.
     */
    record Params(double pen, double sigma, boolean deslant, double fill, double maxStretch) { }

    static final Params DEFAULT = new Params(3.5, 0.45, true, 0.8, 2);

    /** Side of the first, rough drawing the moments are taken from. */
    private static final int PROBE = 64;
    private static final double SQRT2 = Math.sqrt(2);

    private final Params params;
    private final float[][] weights;
    /** Per sample, the pixels within 3σ of its centre (the rest weigh nothing that shows). */
    private final int[] from = new int[GRID];
    private final int[] to = new int[GRID];

    DirectionFeatures(Params params) {
        this.params = params;
        double sigma = params.sigma() * PLANE / GRID;
        this.weights = gaussianWeights(sigma);
        for (int i = 0; i < GRID; i++) {
            double centre = (i + 0.5) * PLANE / GRID;
            from[i] = Math.max(0, (int) Math.floor(centre - 3 * sigma));
            to[i] = Math.min(PLANE, (int) Math.ceil(centre + 3 * sigma));
        }
    }

    /** Features of a filled outline (a font's glyph), or null for an empty one. */
    float[] ofOutline(Shape outline) {
        return of(outline, true);
    }

    /** Features of strokes (unit-square points, as {@link InkNormalizer} gives them), or null for none. */
    float[] ofStrokes(float[][] xs, float[][] ys) {
        Path2D.Double path = new Path2D.Double();
        for (int s = 0; s < xs.length; s++) {
            if (xs[s].length == 0) {
                continue;
            }
            path.moveTo(xs[s][0], ys[s][0]);
            if (xs[s].length == 1) {
                path.lineTo(xs[s][0] + 1e-4, ys[s][0] + 1e-4); // a dot still leaves a round mark
            }
            for (int i = 1; i < xs[s].length; i++) {
                path.lineTo(xs[s][i], ys[s][i]);
            }
        }
        return of(path, false);
    }

    /** Squared distance of two feature vectors (0 alike … 2 nothing in common). */
    static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }

    private float[] of(Shape shape, boolean filled) {
        Rectangle2D box = shape.getBounds2D();
        double side = Math.max(box.getWidth(), box.getHeight());
        if (!(side > 0) || !Double.isFinite(side)) {
            return null;
        }
        // First drawing: the box fitted into the probe, to take the moments from.
        double k = PROBE * 0.9 / side;
        AffineTransform fit = new AffineTransform();
        fit.translate(PROBE / 2.0, PROBE / 2.0);
        fit.scale(k, k);
        fit.translate(-box.getCenterX(), -box.getCenterY());
        byte[] probe = draw(fit.createTransformedShape(shape), filled, PROBE, params.pen() * PROBE / PLANE);
        AffineTransform normal = momentNormalisation(probe);
        if (normal == null) {
            return null;
        }
        normal.concatenate(fit);
        byte[] image = draw(normal.createTransformedShape(shape), filled, PLANE, params.pen());
        return directions(image);
    }

    /** The transform from the probe's pixels to the normalised image, or null when nothing was drawn. */
    private AffineTransform momentNormalisation(byte[] probe) {
        double m00 = 0;
        double m10 = 0;
        double m01 = 0;
        for (int y = 0; y < PROBE; y++) {
            for (int x = 0; x < PROBE; x++) {
                double v = probe[y * PROBE + x] & 0xff;
                m00 += v;
                m10 += v * (x + 0.5);
                m01 += v * (y + 0.5);
            }
        }
        if (m00 <= 0) {
            return null;
        }
        double cx = m10 / m00;
        double cy = m01 / m00;
        double mu20 = 0;
        double mu02 = 0;
        double mu11 = 0;
        for (int y = 0; y < PROBE; y++) {
            for (int x = 0; x < PROBE; x++) {
                double v = probe[y * PROBE + x] & 0xff;
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                mu20 += v * dx * dx;
                mu02 += v * dy * dy;
                mu11 += v * dx * dy;
            }
        }
        mu20 /= m00;
        mu02 /= m00;
        mu11 /= m00;
        double shear = params.deslant() && mu02 > 1e-9 ? mu11 / mu02 : 0;
        double varX = Math.max(mu20 - 2 * shear * mu11 + shear * shear * mu02, 0.25);
        double varY = Math.max(mu02, 0.25);
        double w = 4 * Math.sqrt(varX);
        double h = 4 * Math.sqrt(varY);
        // Aspect kept in part: a thin 一 or 丨 must not be blown up into a square (sine-root mapping).
        double r1 = Math.min(w, h) / Math.max(w, h);
        double r2 = Math.sqrt(Math.sin(Math.PI / 2 * r1));
        double longSide = PLANE * params.fill();
        double sx = (w >= h ? longSide : longSide * r2) / w;
        double sy = (h > w ? longSide : longSide * r2) / h;
        // A glyph's 一 is a bar as thick as the pen: stretched to the sine-root height it would become a block
        // the visitor's line (drawn after the stretch, with the pen) never is. Squash and stretch stay bounded.
        sx = Math.min(sx, sy * params.maxStretch());
        sy = Math.min(sy, sx * params.maxStretch());
        AffineTransform t = new AffineTransform();
        t.translate(PLANE / 2.0, PLANE / 2.0);
        t.scale(sx, sy);
        t.shear(-shear, 0);
        t.translate(-cx, -cy);
        return t;
    }

    private static byte[] draw(Shape shape, boolean filled, int size, double pen) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            if (filled) {
                g.fill(shape);
            } else {
                g.setStroke(new BasicStroke((float) pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(shape);
            }
        } finally {
            g.dispose();
        }
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /** Sobel gradients split into 8 direction planes, each blurred and sampled on the grid. */
    private float[] directions(byte[] image) {
        float[][] planes = new float[DIRECTIONS][PLANE * PLANE];
        for (int y = 1; y < PLANE - 1; y++) {
            for (int x = 1; x < PLANE - 1; x++) {
                int gx = px(image, x + 1, y - 1) + 2 * px(image, x + 1, y) + px(image, x + 1, y + 1)
                        - px(image, x - 1, y - 1) - 2 * px(image, x - 1, y) - px(image, x - 1, y + 1);
                int gy = px(image, x - 1, y + 1) + 2 * px(image, x, y + 1) + px(image, x + 1, y + 1)
                        - px(image, x - 1, y - 1) - 2 * px(image, x, y - 1) - px(image, x + 1, y - 1);
                if (gx == 0 && gy == 0) {
                    continue;
                }
                // The gradient as a sum of its two neighbouring directions (0 = right, 2 = down, … 7):
                // the axis one takes |major| - |minor|, the diagonal one √2 |minor|. No trigonometry.
                int ax = Math.abs(gx);
                int ay = Math.abs(gy);
                int axis = ax >= ay ? (gx > 0 ? 0 : 4) : (gy > 0 ? 2 : 6);
                int diagonal = gx >= 0 ? (gy >= 0 ? 1 : 7) : (gy >= 0 ? 3 : 5);
                int at = y * PLANE + x;
                planes[axis][at] += Math.abs(ax - ay);
                planes[diagonal][at] += (float) (SQRT2 * Math.min(ax, ay));
            }
        }
        float[] out = new float[LENGTH];
        float[] rows = new float[PLANE * GRID];
        for (int d = 0; d < DIRECTIONS; d++) {
            float[] p = planes[d];
            for (int y = 0; y < PLANE; y++) {
                for (int j = 0; j < GRID; j++) {
                    float[] w = weights[j];
                    float sum = 0;
                    for (int x = from[j]; x < to[j]; x++) {
                        sum += w[x] * p[y * PLANE + x];
                    }
                    rows[y * GRID + j] = sum;
                }
            }
            for (int i = 0; i < GRID; i++) {
                float[] w = weights[i];
                for (int j = 0; j < GRID; j++) {
                    float sum = 0;
                    for (int y = from[i]; y < to[i]; y++) {
                        sum += w[y] * rows[y * GRID + j];
                    }
                    out[(d * GRID + i) * GRID + j] = sum;
                }
            }
        }
        double norm = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Math.sqrt(out[i]);
            norm += out[i] * out[i];
        }
        if (norm <= 0) {
            return null;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }

    private static int px(byte[] image, int x, int y) {
        return image[y * PLANE + x] & 0xff;
    }

    /** weights[i][x]: the Gaussian around sample i's centre, over the plane's pixels. */
    private static float[][] gaussianWeights(double sigma) {
        float[][] w = new float[GRID][PLANE];
        double interval = PLANE / (double) GRID;
        for (int i = 0; i < GRID; i++) {
            double centre = (i + 0.5) * interval;
            for (int x = 0; x < PLANE; x++) {
                double d = x + 0.5 - centre;
                w[i][x] = (float) Math.exp(-d * d / (2 * sigma * sigma));
            }
        }
        return w;
    }
}

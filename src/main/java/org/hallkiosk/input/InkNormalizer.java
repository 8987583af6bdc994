package org.hallkiosk.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes any ink fit for Zinnia's features: drops points that are not numbers and strokes left empty, thins
 * strokes with thousands of points, and places the character's bounding box, aspect kept, centred in the
 * unit square with a margin (the model was trained on characters that fill most of their box, so where on
 * the pad the visitor wrote and how big must not matter). Stateless.
 */
final class InkNormalizer {

    /** No character has this many strokes; more is a scribble and gets no candidates. */
    static final int MAX_STROKES = 64;
    /** Points kept per stroke at most; beyond this the feature (a few split points) does not change. */
    static final int MAX_POINTS_PER_STROKE = 256;
    /**
     * Of the unit square, the part the character's longer side fills: 0.9 scored best of 0.6–1.0 on the
     * benchmark's ink (0.6–0.9 within a point of each other; 1.0 three points worse).
     */
    static final float DEFAULT_FILL = 0.9f;

    /** Coordinates beyond this are no pad's; dropping them keeps the arithmetic finite. */
    static final double MAX_COORDINATE = 1e7;

    private final float fill;

    InkNormalizer(float fill) {
        this.fill = fill;
    }

    /** Strokes as {x[][], y[][]} in the unit square, or null when the ink has no usable stroke. */
    float[][][] normalize(Ink ink) {
        if (ink == null || ink.strokes() == null) {
            return null;
        }
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (List<Ink.Point> stroke : ink.strokes()) {
            List<Ink.Point> finite = new ArrayList<>(stroke.size());
            for (Ink.Point p : stroke) {
                if (p != null && usable(p.x()) && usable(p.y())) {
                    finite.add(p);
                }
            }
            if (finite.isEmpty()) {
                continue;
            }
            if (xs.size() == MAX_STROKES) {
                return null;
            }
            int n = Math.min(finite.size(), MAX_POINTS_PER_STROKE);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                // Evenly thinned, both ends kept.
                Ink.Point p = finite.get(n == 1 ? 0 : (int) ((long) i * (finite.size() - 1) / (n - 1)));
                x[i] = p.x();
                y[i] = p.y();
                minX = Math.min(minX, x[i]);
                maxX = Math.max(maxX, x[i]);
                minY = Math.min(minY, y[i]);
                maxY = Math.max(maxY, y[i]);
            }
            xs.add(x);
            ys.add(y);
        }
        if (xs.isEmpty()) {
            return null;
        }
        double w = maxX - minX; // cannot overflow: every coordinate is within ±MAX_COORDINATE
        double h = maxY - minY;
        double side = Math.max(w, h);
        // A dot or a flat line: scale by its longer side; a single point stays in the middle.
        double scale = side > 0 && Double.isFinite(side) ? fill / side : 0;
        double cx = minX / 2 + maxX / 2;
        double cy = minY / 2 + maxY / 2;
        float[][] outX = new float[xs.size()][];
        float[][] outY = new float[xs.size()][];
        for (int s = 0; s < xs.size(); s++) {
            double[] x = xs.get(s);
            double[] y = ys.get(s);
            outX[s] = new float[x.length];
            outY[s] = new float[y.length];
            for (int i = 0; i < x.length; i++) {
                outX[s][i] = (float) (0.5 + (x[i] - cx) * scale);
                outY[s][i] = (float) (0.5 + (y[i] - cy) * scale);
            }
        }
        return new float[][][] {outX, outY};
    }

    private static boolean usable(double v) {
        return Double.isFinite(v) && Math.abs(v) <= MAX_COORDINATE;
    }
}

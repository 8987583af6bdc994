package org.hallkiosk.input;

import java.util.Arrays;

/**
 * Zinnia's features of a character, ported from its {@code feature.cpp} (BSD, Taku Kudo) so that the
 * Debian-packaged models score here as they do in libzinnia. Each stroke is split recursively at the point
 * farthest from the chord between its ends (a binary tree of segments, kept to the first 51 nodes); every
 * segment, and every pen move between strokes, gives twelve numbers: length, direction, both ends' position,
 * angle and distance from the centre, and the x and y extent. Feature indices say which stroke and segment.
 * Arithmetic is in {@code float}, as in the C++.
 *
 * <p>Input points are in the unit square (0..1, y down). Stateless.
 */
final class ZinniaFeatures {

    /** Zinnia's {@code kMaxCharacterSize}: segments 0..50 of each stroke's tree count. */
    static final int MAX_SEGMENTS = 50;
    /** Zinnia's split threshold: a point farther than √0.001 ≈ 3 % of the box from the chord splits it. */
    static final float SPLIT_ERROR = 0.001f;

    /** Sparse features: {@code index[i]} ascending with {@code value[i]}. */
    record Vector(int[] index, float[] value) { }

    private ZinniaFeatures() { }

    /**
     * The features of strokes {@code xs[s]}, {@code ys[s]} (each stroke at least one point), or null when
     * there is no stroke.
     */
    static Vector of(float[][] xs, float[][] ys) {
        return of(xs, ys, SPLIT_ERROR);
    }

    /** As {@link #of(float[][], float[][])}, splitting segments only past {@code splitError}. */
    static Vector of(float[][] xs, float[][] ys, float splitError) {
        int strokes = xs.length;
        if (strokes == 0) {
            return null;
        }
        Builder b = new Builder();
        b.add(0, 1.0f); // bias term
        int prevStroke = -1;
        for (int sid = 0; sid < strokes; sid++) {
            float[] x = xs[sid];
            float[] y = ys[sid];
            int[] first = new int[MAX_SEGMENTS + 1];
            int[] last = new int[MAX_SEGMENTS + 1];
            Arrays.fill(first, -1);
            vertex(x, y, 0, x.length - 1, 0, first, last, splitError);
            for (int i = 0; i <= MAX_SEGMENTS; i++) {
                if (first[i] >= 0) {
                    basic(b, sid * 1000 + 20 * i, x[first[i]], y[first[i]], x[last[i]], y[last[i]]);
                }
            }
            if (prevStroke >= 0) {
                float[] px = xs[prevStroke];
                float[] py = ys[prevStroke];
                basic(b, 100000 + sid * 1000, px[px.length - 1], py[py.length - 1], x[0], y[0]);
            }
            prevStroke = sid;
        }
        b.add(2000000, strokes);
        b.add(2000000 + strokes, 10);
        return b.sorted();
    }

    /**
     * Records segment {@code id} = (first, last) and splits it at its farthest point. Nodes past
     * {@link #MAX_SEGMENTS} are never used (a child's id is larger than its parent's), so the recursion stops
     * there: bounded depth whatever the ink, where the C++ recursed without end on a closed stroke.
     */
    private static void vertex(float[] x, float[] y, int first, int last, int id, int[] firsts, int[] lasts,
            float splitError) {
        if (id > MAX_SEGMENTS) {
            return;
        }
        firsts[id] = first;
        lasts[id] = last;
        if (first == last) {
            return;
        }
        float a = x[last] - x[first];
        float b = y[last] - y[first];
        float c = (float) ((double) (y[last] * x[first]) - (double) (x[last] * y[first]));
        float max = -1.0f;
        int best = first;
        for (int n = first; n != last; n++) {
            float dist = Math.abs((a * y[n]) - (b * x[n]) + c);
            if (dist > max) {
                max = dist;
                best = n;
            }
        }
        float d = max * max / (a * a + b * b);
        if (d > splitError) {
            vertex(x, y, first, best, id * 2 + 1, firsts, lasts, splitError);
            vertex(x, y, best, last, id * 2 + 2, firsts, lasts, splitError);
        }
    }

    private static void basic(Builder b, int offset, float fx, float fy, float lx, float ly) {
        b.add(offset + 1, 10 * distance(fx, fy, lx, ly));
        b.add(offset + 2, (float) Math.atan2(ly - fy, lx - fx));
        b.add(offset + 3, 10 * (fx - 0.5f));
        b.add(offset + 4, 10 * (fy - 0.5f));
        b.add(offset + 5, 10 * (lx - 0.5f));
        b.add(offset + 6, 10 * (ly - 0.5f));
        b.add(offset + 7, (float) Math.atan2(fy - 0.5f, fx - 0.5f));
        b.add(offset + 8, (float) Math.atan2(ly - 0.5f, lx - 0.5f));
        b.add(offset + 9, 10 * distance(fx, fy, 0.5f, 0.5f));
        b.add(offset + 10, 10 * distance(lx, ly, 0.5f, 0.5f));
        b.add(offset + 11, 5 * (lx - fx));
        b.add(offset + 12, 5 * (ly - fy));
    }

    private static float distance(float x1, float y1, float x2, float y2) {
        float x = x1 - x2;
        float y = y1 - y2;
        return (float) Math.sqrt(x * x + y * y);
    }

    private static final class Builder {
        private int[] index = new int[256];
        private float[] value = new float[256];
        private int size;

        void add(int i, float v) {
            if (size == index.length) {
                index = Arrays.copyOf(index, size * 2);
                value = Arrays.copyOf(value, size * 2);
            }
            index[size] = i;
            value[size] = v;
            size++;
        }

        /** Sorted by index; of equal indices (segment 50 of one stroke meets segment 0 of the next) the first. */
        Vector sorted() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (p, q) -> Integer.compare(index[p], index[q])); // stable
            int[] outIndex = new int[size];
            float[] outValue = new float[size];
            int n = 0;
            for (int o : order) {
                if (n > 0 && outIndex[n - 1] == index[o]) {
                    continue;
                }
                outIndex[n] = index[o];
                outValue[n] = value[o];
                n++;
            }
            return new Vector(Arrays.copyOf(outIndex, n), Arrays.copyOf(outValue, n));
        }
    }
}

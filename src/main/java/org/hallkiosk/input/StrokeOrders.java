package org.hallkiosk.input;

import java.util.ArrayList;
import java.util.List;

/**
 * The other stroke orders the recogniser also scores a character in, each with what a class pays for matching
 * only in it ({@link ZinniaRecognizer} keeps each class's best). Zinnia's features say which stroke is which by
 * its place in the order, so a character written in an order its template does not use scores badly: the
 * tegaki model's templates differ from the standard order for some characters (its 门, 水 and 方 want a pair
 * swapped, every 辶 is drawn first), and visitors, too, swap strokes now and then. Stateless.
 */
final class StrokeOrders {

    /** Another order (the written strokes' indices, place by place) and its penalty. */
    record Variant(int[] order, double penalty) { }

    private StrokeOrders() { }

    /**
     * What a class pays for matching only with two neighbouring strokes swapped. The model's templates and
     * visitors both swap strokes now and then (its 门, 水 and 方 want a pair swapped from the standard order);
     * trying each adjacent swap lifted top-5 by 2.5 points and top-1 by 0.7 on the benchmark's ink (penalties 0
     * to 1 tried; 0.6 was best; swaps two apart did not help).
     */
    static final double SWAP_PENALTY = 0.6;
    /** Swaps tried at most (a character of more strokes tries its first 24 pairs). */
    static final int MAX_SWAPS = 24;
    /**
     * What a class pays for matching only with a 辶 written last moved to the front, as the model's templates
     * draw it: nothing, since the move is tried only when the ink ends in a 辶 (see {@link #walkRadical}).
     */
    static final double WALK_PENALTY = 0;

    /**
     * The other orders tried for these strokes: each pair of neighbours swapped (the first {@link #MAX_SWAPS}),
     * and, when the last three strokes look like 辶, those three moved to the front.
     *
     * <p>Measured and left out (HandwritingBenchmark's ink, every 10th 常用字): any stroke moved to any other
     * place, or a run of two or three strokes moved, each at a penalty of 0.6 to 2.5, lost 1 to 45 points of
     * top-1; Zinnia's scores are linear, so an order that puts strokes where no template has them gives some
     * other class a score far above anything the right order gives the written character (大 written 横 捺 撇
     * scores 干 at 4.8 where 大 in its order scores 1.1). Only moves tied to a component they fit, as 辶,
     * stay safe.
     */
    static List<Variant> variants(float[][] xs, float[][] ys) {
        int n = xs.length;
        List<Variant> out = new ArrayList<>();
        for (int i = 0; i + 1 < n && out.size() < MAX_SWAPS; i++) {
            out.add(new Variant(moveRun(n, i, 1, i + 1), SWAP_PENALTY));
        }
        if (walkRadical(xs, ys)) {
            out.add(new Variant(moveRun(n, n - 3, 3, 0), WALK_PENALTY));
        }
        return out;
    }

    /**
     * True when the last three strokes look like 辶 written last, as the standard order has it: the last
     * (平捺) runs along the bottom from the left part to the right, the one before (横折折撇) stays in the left
     * part, and the 点 before that sits at the top left. The model's templates draw 辶 first, and the written
     * order scored every 辶 character of the 常用字 out of the top 5 (57 of 57 on clean medians; moved: 16).
     */
    static boolean walkRadical(float[][] xs, float[][] ys) {
        int n = xs.length;
        if (n < 4) {
            return false;
        }
        float[] lx = xs[n - 1];
        float[] ly = ys[n - 1];
        if (lx.length < 2 || lx[0] > 0.4f || lx[lx.length - 1] < 0.7f || min(ly) < 0.5f
                || ly[ly.length - 1] < 0.75f || max(xs[n - 2]) > 0.45f) {
            return false;
        }
        float[] dx = xs[n - 3];
        float[] dy = ys[n - 3];
        return max(dx) < 0.4f && max(dy) < 0.5f && max(dx) - min(dx) < 0.25f && max(dy) - min(dy) < 0.25f;
    }

    private static float min(float[] v) {
        float m = Float.POSITIVE_INFINITY;
        for (float f : v) {
            m = Math.min(m, f);
        }
        return m;
    }

    private static float max(float[] v) {
        float m = Float.NEGATIVE_INFINITY;
        for (float f : v) {
            m = Math.max(m, f);
        }
        return m;
    }

    /** The order with strokes from..from+len-1 taken out and put back starting at place {@code to}. */
    static int[] moveRun(int n, int from, int len, int to) {
        List<Integer> rest = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (k < from || k >= from + len) {
                rest.add(k);
            }
        }
        List<Integer> run = new ArrayList<>();
        for (int k = from; k < from + len; k++) {
            run.add(k);
        }
        rest.addAll(to, run);
        return rest.stream().mapToInt(Integer::intValue).toArray();
    }
}

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
    /** Orders tried at most, whatever the ink: a scribble that looks like many components stays fast. */
    static final int MAX_VARIANTS = 40;
    /**
     * What a class pays for matching only with a component written as taught moved to the order the model's
     * templates draw it in: nothing, since such a move is tried only when the ink shows that component
     * (0.3 measured worse on the characters concerned: top-1 0.77 to 0.74).
     */
    static final double COMPONENT_PENALTY = 0;

    /**
     * The other orders tried for these strokes: each pair of neighbours swapped (the first {@link #MAX_SWAPS}),
     * and, where the ink shows a component written as taught that the model's templates draw in another order,
     * that order: 辶 last → first ({@link #walkRadical}); 匚's 竖折 last → second ({@link #boxRadical}); 女's 横
     * third → first ({@link #woman}); 山's middle 竖 first → last ({@link #hill}); 火's 长撇 and 捺 after the two
     * dots → before them ({@link #fire}); a left 阝's 竖 second → first ({@link #leftEar}). The model's order for each
     * was found by trying every order of a few
     * short characters against it (女 wants 横 撇点 撇). Measured on every 10th 常用字 of the benchmark's ink with
     * another seed: 匚 and 女 lifted top-1 0.760 → 0.771 and top-5 0.891 → 0.903, 火 top-5 to 0.906, 山 did not
     * change those and lifted top-1 on 164 of the model's other characters 0.799 → 0.811; on the characters
     * showing them top-1 0.55 → 0.77 and top-5 0.66 → 0.91 (女, 匚), top-5 0.44 → 0.68 (火), 0.86 → 0.91 (山),
     * top-1 0.32 → 0.43 and top-5 0.61 → 0.71 (阝, which the swap of neighbours at its penalty did not reach;
     * on the whole benchmark it moved clean top-1 only, 0.822 → 0.823).
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
            out.add(new Variant(moveRun(n, n - 3, 3, 0), COMPONENT_PENALTY));
        }
        if (boxRadical(xs, ys)) {
            out.add(new Variant(moveRun(n, n - 1, 1, 1), COMPONENT_PENALTY));
        }
        if (leftEar(xs, ys)) {
            out.add(new Variant(moveRun(n, 1, 1, 0), COMPONENT_PENALTY));
        }
        for (int k = 0; k + 2 < n && out.size() < MAX_VARIANTS - 3; k++) {
            if (woman(xs, ys, k)) {
                out.add(new Variant(moveRun(n, k + 2, 1, k), COMPONENT_PENALTY));
            }
            if (hill(xs, ys, k)) {
                out.add(new Variant(moveRun(n, k, 1, k + 2), COMPONENT_PENALTY));
            }
            if (k + 3 < n && fire(xs, ys, k)) {
                out.add(new Variant(moveRun(n, k + 2, 2, k), COMPONENT_PENALTY));
            }
        }
        return out;
    }

    /** The box of strokes from..to-1: minX, minY, width, height. */
    private static float[] box(float[][] xs, float[][] ys, int from, int to) {
        float minX = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        for (int s = from; s < to; s++) {
            minX = Math.min(minX, min(xs[s]));
            maxX = Math.max(maxX, max(xs[s]));
            minY = Math.min(minY, min(ys[s]));
            maxY = Math.max(maxY, max(ys[s]));
        }
        return new float[] {minX, minY, maxX - minX, maxY - minY};
    }

    /** 火 written as taught in strokes k..k+3: 点 at the upper left, 撇 at the upper right, 长撇, 捺. */
    static boolean fire(float[][] xs, float[][] ys, int k) {
        float[] b = box(xs, ys, k, k + 4);
        float w = b[2];
        float h = b[3];
        if (w < 0.15f || h < 0.15f) {
            return false;
        }
        float midX = b[0] + w / 2;
        float midY = b[1] + h / 2;
        for (int s = k; s < k + 2; s++) {
            if (max(xs[s]) - min(xs[s]) > 0.35f * w || max(ys[s]) - min(ys[s]) > 0.4f * h || min(ys[s]) > midY) {
                return false;
            }
        }
        if (max(xs[k]) > midX || min(xs[k + 1]) < midX) {
            return false;
        }
        float[] px = xs[k + 2];
        float[] py = ys[k + 2];
        float[] nx = xs[k + 3];
        float[] ny = ys[k + 3];
        int pn = px.length - 1;
        int nn = nx.length - 1;
        boolean pie = pn > 0 && py[0] < b[1] + 0.4f * h && Math.abs(px[0] - midX) < 0.25f * w
                && px[pn] < px[0] - 0.2f * w && py[pn] > py[0] + 0.5f * h;
        boolean na = nn > 0 && nx[nn] > nx[0] + 0.2f * w && ny[nn] > ny[0] + 0.2f * h && nx[nn] > midX;
        return pie && na;
    }

    /** 山 written as taught in strokes k..k+2: the middle 竖, the 竖折 on the left along the bottom, the right 竖. */
    static boolean hill(float[][] xs, float[][] ys, int k) {
        float[] b = box(xs, ys, k, k + 3);
        float w = b[2];
        float h = b[3];
        if (w < 0.15f || h < 0.15f) {
            return false;
        }
        float[] ax = xs[k];
        float[] ay = ys[k];
        float[] bx = xs[k + 1];
        float[] by = ys[k + 1];
        float[] cx = xs[k + 2];
        float[] cy = ys[k + 2];
        int an = ax.length - 1;
        int bn = bx.length - 1;
        int cn = cx.length - 1;
        float midX = b[0] + w / 2;
        boolean middle = an > 0 && Math.abs(ax[an] - ax[0]) < 0.2f * w && ay[an] - ay[0] > 0.6f * h
                && Math.abs(ax[0] - midX) < 0.2f * w && ay[0] < b[1] + 0.2f * h;
        boolean corner = bn > 0 && bx[0] < b[0] + 0.25f * w && by[bn] > b[1] + 0.7f * h && bx[bn] > b[0] + 0.75f * w
                && max(by) > b[1] + 0.8f * h;
        boolean right = cn > 0 && cx[0] > midX + 0.2f * w && cy[cn] - cy[0] > 0.3f * h && cy[0] > b[1] + 0.15f * h;
        return middle && corner && right;
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

    /** 阝 on the left written as taught: the 耳刀 (横撇弯钩) first, then the 竖 down its left side. */
    static boolean leftEar(float[][] xs, float[][] ys) {
        int n = xs.length;
        if (n < 3) {
            return false;
        }
        float[] ex = xs[0];
        float[] ey = ys[0];
        float[] vx = xs[1];
        float[] vy = ys[1];
        int vn = vx.length - 1;
        if (ex.length < 3 || vn < 1 || max(ex) > 0.45f || max(ey) - min(ey) < 0.25f) {
            return false;
        }
        boolean upright = Math.abs(vx[vn] - vx[0]) < 0.25f * (vy[vn] - vy[0]) && vy[vn] - vy[0] > 0.6f &&
                vy[0] < 0.3f && max(vx) < 0.35f;
        return upright && Math.abs(ex[0] - vx[0]) < 0.15f && max(ex) - ex[0] > 0.08f;
    }

    /** 匚 written as taught: a 横 across the top first, the 竖折 down the left and along the bottom last. */
    static boolean boxRadical(float[][] xs, float[][] ys) {
        int n = xs.length;
        if (n < 3) {
            return false;
        }
        float[] fx = xs[0];
        float[] fy = ys[0];
        if (max(fy) > 0.35f || fx[fx.length - 1] - fx[0] < 0.5f) {
            return false;
        }
        float[] lx = xs[n - 1];
        float[] ly = ys[n - 1];
        if (lx[0] > 0.35f || ly[0] > 0.4f || lx[lx.length - 1] < 0.65f || ly[ly.length - 1] < 0.7f) {
            return false;
        }
        for (int i = 0; i < lx.length; i++) {
            if (lx[i] < 0.35f && ly[i] > 0.7f) {
                return true; // the corner at the bottom left
            }
        }
        return false;
    }

    /**
     * 女 written as taught in strokes k, k+1, k+2: 撇点 (down to the left, then back to the right), 撇 (from
     * the upper right down to the left) and a 横 last that crosses both.
     */
    static boolean woman(float[][] xs, float[][] ys, int k) {
        float[] b = box(xs, ys, k, k + 3);
        float w = b[2];
        float h = b[3];
        if (w < 0.15f || h < 0.15f) {
            return false;
        }
        float[] ax = xs[k];
        float[] ay = ys[k];
        float[] bx = xs[k + 1];
        float[] by = ys[k + 1];
        float[] cx = xs[k + 2];
        float[] cy = ys[k + 2];
        int an = ax.length - 1;
        int bn = bx.length - 1;
        int cn = cx.length - 1;
        float aw = max(ax) - min(ax);
        boolean pieDian = an > 1 && ax[0] - min(ax) > 0.1f * aw && ax[an] - min(ax) > 0.4f * aw
                && ay[an] - ay[0] > 0.3f * h && aw > 0.2f * w;
        boolean pie = bn > 0 && bx[bn] < bx[0] - 0.15f * w && by[bn] > by[0] + 0.3f * h;
        boolean heng = cn > 0 && cx[cn] - cx[0] > 0.6f * w && Math.abs(cy[cn] - cy[0]) < 0.3f * (cx[cn] - cx[0]);
        if (!pieDian || !pie || !heng) {
            return false;
        }
        float crossY = (cy[0] + cy[cn]) / 2;
        return crossY > min(ay) && crossY < max(ay) && crossY > min(by) && crossY < max(by);
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

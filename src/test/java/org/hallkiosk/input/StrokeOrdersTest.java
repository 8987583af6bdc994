package org.hallkiosk.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrokeOrdersTest {

    /** Two strokes of an inner part on the right, then 辶 as the standard order writes it: 点, 横折折撇, 平捺. */
    private static final float[][][] WALK_LAST = strokes(
            new float[][] {{0.4f, 0.3f}, {0.9f, 0.3f}},
            new float[][] {{0.7f, 0.1f}, {0.7f, 0.7f}},
            new float[][] {{0.15f, 0.15f}, {0.2f, 0.22f}},
            new float[][] {{0.1f, 0.35f}, {0.3f, 0.35f}, {0.15f, 0.6f}, {0.3f, 0.65f}, {0.12f, 0.85f}},
            new float[][] {{0.15f, 0.85f}, {0.5f, 0.9f}, {0.95f, 0.92f}});

    @Test
    void aRunOfStrokesMovesWhereItIsTold() {
        assertThat(StrokeOrders.moveRun(5, 2, 3, 0)).containsExactly(2, 3, 4, 0, 1);
        assertThat(StrokeOrders.moveRun(4, 1, 1, 2)).containsExactly(0, 2, 1, 3);
        assertThat(StrokeOrders.moveRun(3, 0, 1, 2)).containsExactly(1, 2, 0);
    }

    @Test
    void neighboursAreSwappedAndAWalkRadicalWrittenLastIsAlsoTriedFirst() {
        List<StrokeOrders.Variant> v = StrokeOrders.variants(WALK_LAST[0], WALK_LAST[1]);
        assertThat(v).hasSize(5);
        assertThat(v.get(0).order()).containsExactly(1, 0, 2, 3, 4);
        assertThat(v.get(0).penalty()).isEqualTo(StrokeOrders.SWAP_PENALTY);
        assertThat(v.get(4).order()).containsExactly(2, 3, 4, 0, 1);
        assertThat(v.get(4).penalty()).isEqualTo(StrokeOrders.COMPONENT_PENALTY);
    }

    @Test
    void noWalkRadicalWhenTheLastStrokeIsNotABottomSweepOrTheDotIsMissing() {
        assertThat(StrokeOrders.walkRadical(WALK_LAST[0], WALK_LAST[1])).isTrue();
        // The sweep written before the 横折折撇: not 辶 written last.
        float[][][] swapped = reorder(WALK_LAST, 0, 1, 2, 4, 3);
        assertThat(StrokeOrders.walkRadical(swapped[0], swapped[1])).isFalse();
        // 正's shape: the last stroke a bottom 横, but no 点 at the top left (a long 横 there instead).
        float[][][] zheng = strokes(
                new float[][] {{0.1f, 0.1f}, {0.9f, 0.1f}},
                new float[][] {{0.5f, 0.1f}, {0.5f, 0.9f}},
                new float[][] {{0.5f, 0.5f}, {0.8f, 0.5f}},
                new float[][] {{0.25f, 0.4f}, {0.25f, 0.9f}},
                new float[][] {{0.05f, 0.9f}, {0.95f, 0.9f}});
        assertThat(StrokeOrders.walkRadical(zheng[0], zheng[1])).isFalse();
        assertThat(StrokeOrders.variants(zheng[0], zheng[1])).hasSize(4);
        // Too few strokes for 辶 and something inside it; one stroke has nothing to swap.
        float[][][] three = reorder(WALK_LAST, 2, 3, 4);
        assertThat(StrokeOrders.walkRadical(three[0], three[1])).isFalse();
        float[][][] one = reorder(WALK_LAST, 0);
        assertThat(StrokeOrders.variants(one[0], one[1])).isEmpty();
    }

    private static float[][][] strokes(float[][]... points) {
        float[][] xs = new float[points.length][];
        float[][] ys = new float[points.length][];
        for (int s = 0; s < points.length; s++) {
            xs[s] = new float[points[s].length];
            ys[s] = new float[points[s].length];
            for (int i = 0; i < points[s].length; i++) {
                xs[s][i] = points[s][i][0];
                ys[s][i] = points[s][i][1];
            }
        }
        return new float[][][] {xs, ys};
    }

    private static float[][][] reorder(float[][][] ink, int... order) {
        float[][] xs = new float[order.length][];
        float[][] ys = new float[order.length][];
        for (int i = 0; i < order.length; i++) {
            xs[i] = ink[0][order[i]];
            ys[i] = ink[1][order[i]];
        }
        return new float[][][] {xs, ys};
    }
}

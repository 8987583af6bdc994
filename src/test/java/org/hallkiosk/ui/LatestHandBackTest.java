package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress from a sync reaches the screen as the latest value, one hand-back at a time. */
class LatestHandBackTest {

    final Deque<Runnable> fxQueue = new ArrayDeque<>(); // what Platform.runLater would have queued
    final List<Integer> shown = new ArrayList<>();
    final LatestHandBack<Integer> progress = new LatestHandBack<>(fxQueue::add, shown::add);

    @Test
    void twentyThousandValuesQueueOneHandBackThatShowsTheLast() {
        for (int i = 1; i <= 20_000; i++) {
            progress.accept(i);
        }
        assertThat(fxQueue).hasSize(1);
        fxQueue.poll().run();
        assertThat(shown).containsExactly(20_000);
    }

    @Test
    void aValueAfterTheHandBackRanGetsItsOwn() {
        progress.accept(1);
        fxQueue.poll().run();
        progress.accept(2);
        progress.accept(3);
        assertThat(fxQueue).hasSize(1);
        fxQueue.poll().run();
        assertThat(shown).containsExactly(1, 3);
        assertThat(fxQueue).isEmpty();
    }
}

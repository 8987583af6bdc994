package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.hallkiosk.testing.FailureLog;
import org.junit.jupiter.api.Test;

/** The executor's lanes and edges: the one writer, and work handed to it after it was closed. */
class UiTaskExecutorTest {

    @Test
    void workAfterCloseIsDroppedNotThrownIntoTheCaller() {
        UiTaskExecutor tasks = UiTaskExecutor.forFx();
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();
        Future<?>[] future = new Future<?>[1];
        // an idle timer of a shell that outlived its kiosk asks for a search, a page, a usage write
        assertThatCode(() -> future[0] = tasks.run(() -> {
            ran.set(true);
            return null;
        }, r -> ran.set(true), e -> ran.set(true))).doesNotThrowAnyException();
        assertThatCode(() -> tasks.runQuietly(() -> ran.set(true))).doesNotThrowAnyException();
        assertThat(future[0].isDone()).isTrue();
        assertThat(ran).isFalse();
        assertThat(tasks.idle()).as("nothing is left pending").isTrue();
    }

    @Test
    void writesQueueInOrderOnOneThreadAndDoNotWaitForBusyWorkers() throws Exception {
        UiTaskExecutor tasks = UiTaskExecutor.threaded("test", 2, Runnable::run);
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < 2; i++) { // both workers held, as by a page render and a slow search
                tasks.run(() -> release.await(60, TimeUnit.SECONDS), r -> { }, e -> { });
            }
            List<Integer> order = new CopyOnWriteArrayList<>();
            Set<String> threads = ConcurrentHashMap.newKeySet();
            CountDownLatch written = new CountDownLatch(100);
            for (int i = 0; i < 100; i++) {
                int n = i;
                tasks.write(() -> {
                    order.add(n);
                    threads.add(Thread.currentThread().getName());
                    written.countDown();
                });
            }
            assertThat(written.await(60, TimeUnit.SECONDS)).as("written while the workers are busy").isTrue();
            assertThat(order).isEqualTo(IntStream.range(0, 100).boxed().toList());
            assertThat(threads).containsExactly("test-writer-1");
        } finally {
            release.countDown();
            tasks.close();
        }
    }

    @Test
    void aWriteThatFailsIsReported() throws Exception {
        UiTaskExecutor tasks = UiTaskExecutor.threaded("test", 2, Runnable::run);
        try (FailureLog failures = new FailureLog()) {
            tasks.write(() -> {
                throw new IllegalStateException("disk full");
            });
            tasks.close(); // lets the queued write finish
            assertThat(failures.lines()).singleElement().asString().contains("usage write", "IllegalStateException");
        }
    }
}

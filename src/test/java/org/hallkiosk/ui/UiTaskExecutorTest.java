package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The executor's edges: what happens to work handed to it after it was closed. */
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
}

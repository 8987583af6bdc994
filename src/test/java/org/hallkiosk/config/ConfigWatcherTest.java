package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hallkiosk.testing.FailureLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edit to the config folder is noticed once it settles, as one change. */
class ConfigWatcherTest {

    @TempDir
    Path tmp;

    @Test
    void anEditInSeveralWritesIsOneChange() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        Semaphore changed = new Semaphore(0);
        try (ConfigWatcher watcher = new ConfigWatcher(tmp, Duration.ofMillis(300), () -> {
            changes.incrementAndGet();
            changed.release();
        })) {
            Files.writeString(tmp.resolve("kiosk.yaml"), "hall_name: 一\n");
            Files.writeString(tmp.resolve("kiosk.yaml"), "hall_name: 二\n");
            Files.writeString(tmp.resolve("layout.yaml"), "tiles: []\n");
            assertThat(changed.tryAcquire(30, TimeUnit.SECONDS)).as("the change was noticed").isTrue();
            assertThat(changed.tryAcquire(1, TimeUnit.SECONDS)).as("only once").isFalse();
            assertThat(changes.get()).isEqualTo(1);
            Files.writeString(tmp.resolve("kiosk.yaml"), "hall_name: 三\n");
            assertThat(changed.tryAcquire(30, TimeUnit.SECONDS)).as("a later edit too").isTrue();
        }
    }

    @Test
    void aReloadThatThrowsIsReportedAndTheWatchingGoesOn() throws Exception {
        Semaphore changed = new Semaphore(0);
        AtomicInteger calls = new AtomicInteger();
        try (FailureLog failures = new FailureLog();
             ConfigWatcher watcher = new ConfigWatcher(tmp, Duration.ofMillis(100), () -> {
                 changed.release();
                 if (calls.incrementAndGet() == 1) {
                     throw new IllegalStateException("a reload that failed");
                 }
             })) {
            Files.writeString(tmp.resolve("kiosk.yaml"), "hall_name: 一\n");
            assertThat(changed.tryAcquire(30, TimeUnit.SECONDS)).as("the first change").isTrue();
            Files.writeString(tmp.resolve("kiosk.yaml"), "hall_name: 二\n");
            assertThat(changed.tryAcquire(30, TimeUnit.SECONDS)).as("the watcher still watches").isTrue();
            assertThat(failures.lines()).singleElement().asString().contains("config reload",
                    "IllegalStateException");
        }
    }
}

package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.testing.FailureLog;
import org.junit.jupiter.api.Test;

/** The scheduled sync: spread out by jitter, and really running. */
class SyncSchedulerTest {

    @Test
    void theNextDelayStaysWithinIntervalAndJitterAndVaries() {
        Duration interval = Duration.ofMinutes(60);
        Duration jitter = Duration.ofMinutes(10);
        try (SyncScheduler scheduler = new SyncScheduler(interval, jitter, () -> { })) {
            Set<Duration> delays = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                Duration d = scheduler.nextDelay();
                assertThat(d).isBetween(interval, interval.plus(jitter));
                delays.add(d);
            }
            // Kiosks started together must not all call at the same moment.
            assertThat(delays).hasSizeGreaterThan(100);
        }
    }

    @Test
    void withoutJitterTheDelayIsTheInterval() {
        try (SyncScheduler scheduler = new SyncScheduler(Duration.ofMinutes(5), Duration.ZERO, () -> { })) {
            assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofMinutes(5));
        }
    }

    @Test
    void aSchedulerWithATinyIntervalRunsSyncsAgainAndAgain() throws InterruptedException {
        CountDownLatch three = new CountDownLatch(3);
        try (FailureLog failures = new FailureLog(); SyncScheduler scheduler = new SyncScheduler(Duration.ofMillis(10), Duration.ofMillis(5), () -> {
            three.countDown();
            if (three.getCount() == 1) {
                // A sync that throws must not end the schedule.
                throw new IllegalStateException("one failed sync");
            }
        })) {
            scheduler.start();
            assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
            // and the one that threw is in staff's latest errors, not kept by a future nobody reads
            assertThat(failures.lines()).singleElement().asString().contains("scheduled sync",
                    "IllegalStateException");
        }
    }
}

package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
        try (FailureLog failures = new FailureLog();
             SyncScheduler scheduler = new SyncScheduler(Duration.ofMillis(10), Duration.ofMillis(5), () -> {
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

    @Test
    void anEditedIntervalReplacesTheWaitingSyncAtOnce() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(2);
        try (SyncScheduler scheduler = new SyncScheduler(Duration.ofDays(7), Duration.ZERO, ran::countDown)) {
            scheduler.start();
            assertThat(scheduler.nextRun()).get().matches(t -> t.isBefore(Instant.now().plus(Duration.ofDays(8))));
            scheduler.reschedule(Duration.ofDays(7), Duration.ZERO); // unchanged: the waiting sync stays
            assertThat(ran.getCount()).isEqualTo(2);

            scheduler.reschedule(Duration.ofMillis(20), Duration.ZERO);
            assertThat(scheduler.interval()).isEqualTo(Duration.ofMillis(20));
            // under the week-long schedule nothing would run for days; the new one runs, and again
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aScheduleNotStartedOnlyTakesTheNewValues() {
        try (SyncScheduler scheduler = new SyncScheduler(Duration.ofMinutes(60), Duration.ofMinutes(10), () -> { })) {
            scheduler.reschedule(Duration.ofMinutes(5), Duration.ZERO);
            assertThat(scheduler.nextRun()).isEmpty();
            assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofMinutes(5));
        }
    }
}

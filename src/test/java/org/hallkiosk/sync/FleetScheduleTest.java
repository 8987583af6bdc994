package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Many kiosks on one feed: 1,000 kiosks switched on in the same minute, each on the shipped schedule (every
 * 60 minutes plus up to 10), placed over a day. The feed server must see at most three times its mean load
 * in any minute.
 */
class FleetScheduleTest {

    static final int KIOSKS = 1000;
    static final Duration INTERVAL = Duration.ofMinutes(60);
    static final Duration JITTER = Duration.ofMinutes(10);
    static final int DAY_MINUTES = 24 * 60;

    record Load(double mean, int peak) {
        double ratio() {
            return peak / mean;
        }
    }

    /** Requests per minute over a day, when each kiosk's first sync waits {@code first}. */
    static Load place(SyncScheduler scheduler, Supplier<Duration> first) {
        int[] perMinute = new int[DAY_MINUTES];
        long total = 0;
        for (int k = 0; k < KIOSKS; k++) {
            long at = first.get().toMillis();
            while (at < DAY_MINUTES * 60_000L) {
                perMinute[(int) (at / 60_000L)]++;
                total++;
                at += scheduler.nextDelay().toMillis();
            }
        }
        int peak = 0;
        for (int n : perMinute) {
            peak = Math.max(peak, n);
        }
        return new Load(total / (double) DAY_MINUTES, peak);
    }

    @Test
    void aThousandKiosksStartedTogetherNeverBringThreeTimesTheMeanLoadInOneMinute() {
        try (SyncScheduler scheduler = new SyncScheduler(INTERVAL, JITTER, () -> { })) {
            Load load = place(scheduler, scheduler::firstDelay);
            System.out.printf("1,000 kiosks: mean %.1f requests a minute, peak %d (%.2f× the mean)%n", load.mean(),
                    load.peak(), load.ratio());
            assertThat(load.ratio()).isLessThanOrEqualTo(3.0);
        }
    }

    @Test
    void theJitterAloneWouldNotBeEnough() {
        // The check can fail: with the first sync one interval plus jitter after a common start, as before,
        // every kiosk calls in the same ten minutes of each hour.
        try (SyncScheduler scheduler = new SyncScheduler(INTERVAL, JITTER, () -> { })) {
            Load load = place(scheduler, scheduler::nextDelay);
            assertThat(load.ratio()).isGreaterThan(3.0);
        }
    }
}

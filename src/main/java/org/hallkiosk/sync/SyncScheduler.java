package org.hallkiosk.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hallkiosk.config.BackgroundFailures;

/**
 * Syncs on a schedule: every interval plus a random part of the jitter, so that a city's kiosks, started
 * together in the morning, do not all call the server in the same second.
 */
public final class SyncScheduler implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sync-scheduler");
        t.setDaemon(true);
        return t;
    });
    private final Duration interval;
    private final Duration jitter;
    private final Runnable sync;

    public SyncScheduler(Duration interval, Duration jitter, Runnable sync) {
        this.interval = interval;
        this.jitter = jitter;
        this.sync = sync;
    }

    /** The wait before the next scheduled sync: the interval plus up to the jitter. */
    public Duration nextDelay() {
        long extra = jitter.isZero() ? 0 : ThreadLocalRandom.current().nextLong(jitter.toMillis() + 1);
        return interval.plusMillis(extra);
    }

    /**
     * The wait before the first scheduled sync: anywhere in one interval plus the jitter. A city's kiosks are
     * switched on together in the morning; the jitter alone would only move them all into the same ten
     * minutes of every hour, while a random first phase spreads them over the whole hour, and later syncs
     * keep their phases apart (README, "Many kiosks on one feed").
     */
    public Duration firstDelay() {
        long span = interval.plus(jitter).toMillis();
        return Duration.ofMillis(span <= 0 ? 0 : ThreadLocalRandom.current().nextLong(span + 1));
    }

    public void start() {
        schedule(firstDelay());
    }

    private void scheduleNext() {
        schedule(nextDelay());
    }

    private void schedule(Duration delay) {
        timer.schedule(() -> {
            try {
                sync.run();
            } catch (RuntimeException | Error e) {
                // a ScheduledFuture nobody reads would keep it silently; staff see it in the latest errors
                BackgroundFailures.report("scheduled sync", e);
            } finally {
                if (!timer.isShutdown()) {
                    scheduleNext();
                }
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Convenience for callers that want the report. */
    public static Runnable reporting(SyncService service, Consumer<SyncReport> onReport) {
        return () -> onReport.accept(service.sync(null, SyncService.TRIGGER_SCHEDULED, SyncProgress.Listener.NONE,
                () -> false));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package org.hallkiosk.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.mirror.SyncReport;

/**
 * Syncs on a schedule: every interval plus a random part of the jitter, so that a city's kiosks, started
 * together in the morning, do not all call the server in the same second. An edited interval or jitter
 * ({@link #reschedule}) replaces the waiting sync at once; a sync already running finishes first.
 */
public final class SyncScheduler implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sync-scheduler");
        t.setDaemon(true);
        return t;
    });
    private final Runnable sync;
    // Guarded by this: the schedule in force, the sync waiting under it, and which schedule that sync belongs to.
    private Duration interval;
    private Duration jitter;
    private ScheduledFuture<?> waiting;
    private Instant waitingUntil;
    private long generation;
    private boolean started;

    public SyncScheduler(Duration interval, Duration jitter, Runnable sync) {
        this.interval = interval;
        this.jitter = jitter;
        this.sync = sync;
    }

    /** The wait before the next scheduled sync: the interval plus up to the jitter. */
    public synchronized Duration nextDelay() {
        long extra = jitter.isZero() ? 0 : ThreadLocalRandom.current().nextLong(jitter.toMillis() + 1);
        return interval.plusMillis(extra);
    }

    /**
     * The wait before the first scheduled sync: anywhere in one interval plus the jitter. A city's kiosks are
     * switched on together in the morning; the jitter alone would only move them all into the same ten
     * minutes of every hour, while a random first phase spreads them over the whole hour, and later syncs
     * keep their phases apart (README, "Many kiosks on one feed").
     */
    public synchronized Duration firstDelay() {
        long span = interval.plus(jitter).toMillis();
        return Duration.ofMillis(span <= 0 ? 0 : ThreadLocalRandom.current().nextLong(span + 1));
    }

    public synchronized void start() {
        started = true;
        schedule(firstDelay(), generation);
    }

    /**
     * Uses an edited interval and jitter from now on, without a restart: the sync waiting under the old ones
     * is cancelled and the next one comes within the new interval plus jitter (at a random point of it, as at
     * start, so kiosks edited together stay spread). A sync running now finishes and does not reschedule
     * itself under the old interval. Unchanged values keep the waiting sync.
     */
    public synchronized void reschedule(Duration newInterval, Duration newJitter) {
        if (newInterval.equals(interval) && newJitter.equals(jitter)) {
            return;
        }
        interval = newInterval;
        jitter = newJitter;
        if (!started || timer.isShutdown()) {
            return;
        }
        if (waiting != null) {
            waiting.cancel(false);
        }
        generation++;
        schedule(firstDelay(), generation);
    }

    public synchronized Duration interval() {
        return interval;
    }

    public synchronized Duration jitter() {
        return jitter;
    }

    /** When the waiting sync is due; empty before {@link #start} and after {@link #close}. */
    public synchronized Optional<Instant> nextRun() {
        return timer.isShutdown() ? Optional.empty() : Optional.ofNullable(waitingUntil);
    }

    private void schedule(Duration delay, long forGeneration) {
        waitingUntil = Instant.now().plus(delay);
        waiting = timer.schedule(() -> run(forGeneration), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run(long forGeneration) {
        try {
            sync.run();
        } catch (RuntimeException | Error e) {
            // a ScheduledFuture nobody reads would keep it silently; staff see it in the latest errors
            BackgroundFailures.report("scheduled sync", e);
        } finally {
            synchronized (this) {
                // a reschedule while this sync ran has already put the next one under the new schedule
                if (forGeneration == generation && !timer.isShutdown()) {
                    schedule(nextDelay(), forGeneration);
                }
            }
        }
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

package org.hallkiosk.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import org.hallkiosk.config.BackgroundFailures;

/**
 * Runs work that touches the disk off the FX thread and hands the result back on the FX thread (like
 * JabRef's UiTaskExecutor). View models take one, so a test can hand results back on its own thread.
 * <p>Three lanes: {@link #run} on the workers (reads: pages, searches, screens' data); {@link #write} on one
 * writer thread, in order, so a visitor's usage rows queue behind each other and never take a worker while
 * a sync holds the mirror's write lock; and {@link #later} for a delay on the FX thread (the search's
 * debounce).
 */
public final class UiTaskExecutor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(UiTaskExecutor.class.getName());

    private final ExecutorService workers;
    private final ExecutorService writer;
    private final Executor handBack;
    private final AtomicInteger pending = new AtomicInteger();

    private UiTaskExecutor(ExecutorService workers, ExecutorService writer, Executor handBack) {
        this.workers = workers;
        this.writer = writer;
        this.handBack = handBack;
    }

    /** Two daemon workers and the writer; results come back through {@link Platform#runLater}. */
    public static UiTaskExecutor forFx() {
        return forFx("ui-task", 2);
    }

    /**
     * {@code threads} daemon workers named {@code name-N}, and the writer; results come back through
     * {@link Platform#runLater}. The staff panel's sync and USB preview have their own, with one thread.
     */
    public static UiTaskExecutor forFx(String name, int threads) {
        return threaded(name, threads, Platform::runLater);
    }

    /** Threads as {@link #forFx}, results handed back through {@code handBack}: for tests without a stage. */
    static UiTaskExecutor threaded(String name, int threads, Executor handBack) {
        return new UiTaskExecutor(Executors.newFixedThreadPool(threads, daemons(name)),
                Executors.newSingleThreadExecutor(daemons(name + "-writer")), handBack);
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs everything at once on the calling thread: for view-model tests without a stage. */
    public static UiTaskExecutor direct() {
        return new UiTaskExecutor(null, null, Runnable::run);
    }

    /** Runs {@code work} in the background; {@code onDone} or {@code onError} then runs on the FX thread. */
    public <T> Future<?> run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return submit(workers, work, onDone, onError);
    }

    /**
     * Fire and forget, for work nobody waits for. A failure goes where every background failure goes
     * ({@link BackgroundFailures}): the log, staff's latest errors, the soak's count.
     */
    public void runQuietly(Runnable work) {
        submit(workers, quiet(work), r -> { }, e -> BackgroundFailures.report("background task", e));
    }

    /** A write nobody waits for (the usage log): queued to the one writer thread; failures as {@link #runQuietly}. */
    public void write(Runnable work) {
        submit(writer, quiet(work), r -> { }, e -> BackgroundFailures.report("usage write", e));
    }

    /**
     * Runs {@code onFx} on the FX thread after {@code delay} (at once with {@link #direct()}); call on the FX
     * thread. Returns what cancels it, if it has not run yet.
     */
    public Runnable later(Duration delay, Runnable onFx) {
        if (workers == null) {
            onFx.run();
            return () -> { };
        }
        // counted as pending, so idle() (screenshots, the soak) waits for a search that waits for a pause
        pending.incrementAndGet();
        AtomicBoolean over = new AtomicBoolean();
        Runnable settle = () -> {
            if (over.compareAndSet(false, true)) {
                pending.decrementAndGet();
            }
        };
        PauseTransition wait = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        wait.setOnFinished(e -> {
            try {
                onFx.run();
            } finally {
                settle.run();
            }
        });
        wait.play();
        return () -> {
            wait.stop();
            settle.run();
        };
    }

    private static Callable<Void> quiet(Runnable work) {
        return () -> {
            work.run();
            return null;
        };
    }

    private <T> Future<?> submit(ExecutorService lane, Callable<T> work, Consumer<T> onDone,
                                 Consumer<Throwable> onError) {
        pending.incrementAndGet();
        Runnable job = () -> {
            try {
                T result = work.call();
                handBack.execute(() -> finish(() -> onDone.accept(result)));
            } catch (Exception | Error e) {
                handBack.execute(() -> finish(() -> onError.accept(e)));
            }
        };
        if (lane == null) {
            job.run();
            return CompletableFuture.completedFuture(null);
        }
        try {
            return lane.submit(job);
        } catch (RejectedExecutionException e) {
            // Closed: the kiosk is stopping, or something of a disposed shell still runs. Dropped, not thrown
            // into the timer or handler that asked; logged so a leak shows.
            pending.decrementAndGet();
            LOG.log(Level.WARNING, "background task after close dropped: {0}", work.getClass().getName());
            return CompletableFuture.failedFuture(e);
        }
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            pending.decrementAndGet();
        }
    }

    /** True when no task is running or waiting to hand its result back (screenshots wait for this). */
    public boolean idle() {
        return pending.get() == 0;
    }

    /** Stops the workers at once; writes already queued get a moment to reach the mirror. */
    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
            writer.shutdown();
            try {
                if (!writer.awaitTermination(2, TimeUnit.SECONDS)) {
                    writer.shutdownNow();
                }
            } catch (InterruptedException e) {
                writer.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Takes no new work and lets what runs or waits finish (a staff sync is whole or nothing either way). */
    public void closeWhenDone() {
        if (workers != null) {
            workers.shutdown();
            writer.shutdown();
        }
    }
}

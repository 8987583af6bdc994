package org.hallkiosk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.hallkiosk.config.BackgroundFailures;

/**
 * Runs work that touches the disk off the FX thread and hands the result back on the FX thread (like
 * JabRef's UiTaskExecutor). View models take one, so a test can hand results back on its own thread.
 */
public final class UiTaskExecutor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(UiTaskExecutor.class.getName());

    private final ExecutorService workers;
    private final java.util.concurrent.Executor handBack;
    private final AtomicInteger pending = new AtomicInteger();

    private UiTaskExecutor(ExecutorService workers, java.util.concurrent.Executor handBack) {
        this.workers = workers;
        this.handBack = handBack;
    }

    /** Two daemon workers; results come back through {@link Platform#runLater}. */
    public static UiTaskExecutor forFx() {
        AtomicInteger n = new AtomicInteger();
        return new UiTaskExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ui-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
    }

    /** Runs everything at once on the calling thread: for view-model tests without a stage. */
    public static UiTaskExecutor direct() {
        return new UiTaskExecutor(null, Runnable::run);
    }

    /** Runs {@code work} in the background; {@code onDone} or {@code onError} then runs on the FX thread. */
    public <T> Future<?> run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        pending.incrementAndGet();
        Runnable job = () -> {
            try {
                T result = work.call();
                handBack.execute(() -> finish(() -> onDone.accept(result)));
            } catch (Exception | Error e) {
                handBack.execute(() -> finish(() -> onError.accept(e)));
            }
        };
        if (workers == null) {
            job.run();
            return CompletableFuture.completedFuture(null);
        }
        try {
            return workers.submit(job);
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

    /**
     * Fire and forget, for work nobody waits for. A failure goes where every background failure goes
     * ({@link BackgroundFailures}): the log, staff's latest errors, the soak's count.
     */
    public void runQuietly(Runnable work) {
        run(() -> {
            work.run();
            return null;
        }, r -> { }, e -> BackgroundFailures.report("background task", e));
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}

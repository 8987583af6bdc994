package org.hallkiosk.feed;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hallkiosk.i18n.Messages;

/**
 * Watches one sync's transfers from its own thread and stops them when staff cancel, when the sync passes its
 * deadline, or when a transfer moves less than {@code minBytes} in a window of open-connection time (a server
 * that drips a byte every few seconds never trips a read timeout).
 *
 * <p>A read blocked in HttpURLConnection cannot be ended from outside on every JDK (closing its stream from
 * another thread waits for the very lock the blocked read holds), so each blocking transfer runs on a worker
 * thread of the guard ({@link #run}); the caller waits for it in short steps and leaves as soon as the guard
 * stops. The guard then closes the connection from a throw-away thread, and a transfer that is still reading
 * fails at its next byte (its stream refuses to deliver more), so it writes nothing after the sync has ended.
 */
public final class TransferGuard implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TransferGuard.class.getName());

    /** Why the guard stopped the sync. */
    public enum Stop { CANCELLED, TIMEOUT, TOO_SLOW }

    /** A guard that never stops anything: for sources used outside a sync (preview, tests). */
    public static final TransferGuard NONE = new TransferGuard();

    private final Set<Closeable> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();
    private final ScheduledExecutorService watcher;
    private final ExecutorService transfers;
    private final Duration deadline;
    private final Duration window;
    private final long minBytes;
    private final long tickMillis;
    private final long startNanos = System.nanoTime();
    private volatile Stop stopped;
    // Only the watcher thread touches these.
    private long activeMillis;
    private long bytesAtWindowStart;

    private TransferGuard() {
        this.watcher = null;
        this.transfers = null;
        this.deadline = null;
        this.window = null;
        this.minBytes = 0;
        this.tickMillis = 0;
    }

    private TransferGuard(BooleanSupplier cancelled, Duration deadline, Duration window, long minBytes) {
        this.deadline = deadline;
        this.window = window;
        this.minBytes = minBytes;
        // Often enough that a cancel lands well within 2 s, and a short test window is measured finely.
        this.tickMillis = Math.max(10, Math.min(200, window.toMillis() / 10));
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sync-transfer-guard");
            t.setDaemon(true);
            return t;
        });
        this.transfers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sync-transfer");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(() -> tick(cancelled), tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    /** Starts watching; {@link #close()} stops the watcher thread. */
    public static TransferGuard start(BooleanSupplier cancelled, Duration deadline, Duration stallWindow,
                                      long stallMinBytes) {
        return new TransferGuard(cancelled, deadline, stallWindow, stallMinBytes);
    }

    private void tick(BooleanSupplier cancelled) {
        try {
            if (stopped != null) {
                return;
            }
            if (cancelled.getAsBoolean()) {
                stop(Stop.CANCELLED);
            } else if (System.nanoTime() - startNanos >= deadline.toNanos()) {
                stop(Stop.TIMEOUT);
            } else if (!open.isEmpty()) {
                activeMillis += tickMillis;
                if (activeMillis >= window.toMillis()) {
                    long now = bytes.get();
                    if (now - bytesAtWindowStart < minBytes) {
                        stop(Stop.TOO_SLOW);
                    }
                    activeMillis = 0;
                    bytesAtWindowStart = now;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the sync's transfer guard failed a check", e);
        }
    }

    private void stop(Stop why) {
        stopped = why;
        for (Closeable c : open) {
            // On its own thread: closing may wait for the lock of the read it is meant to end.
            Thread closer = new Thread(() -> closeQuietly(c), "sync-transfer-close");
            closer.setDaemon(true);
            closer.start();
        }
    }

    /** A blocking transfer. */
    @FunctionalInterface
    public interface Blocking<T> {
        T run() throws IOException, FeedException;
    }

    /**
     * Runs {@code work} on a worker thread and waits for it, but leaves with the guard's refusal as soon as the
     * guard stops (the worker, abandoned, fails at its next byte or its read timeout).
     */
    public <T> T run(Blocking<T> work) throws IOException, FeedException {
        if (this == NONE) {
            return work.run();
        }
        check();
        Future<T> future = transfers.submit(work::run);
        while (true) {
            try {
                return future.get(tickMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                if (stopped != null) {
                    future.cancel(true);
                    throw stopException();
                }
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new FeedException(e, "sync.cancelled");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof FeedException fe) {
                    throw fe;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IOException(cause);
            }
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "closing a stopped transfer", e);
        }
    }

    /** Why the guard stopped the sync, or null while it has not. */
    public Stop stopped() {
        return stopped;
    }

    /** Throws the refusal staff read once the guard has stopped the sync. */
    public void check() throws FeedException {
        if (stopped != null) {
            throw stopException();
        }
    }

    /** The refusal for the stop: 已取消, 超时 or 网络过慢. */
    public FeedException stopException() {
        return switch (stopped) {
            case CANCELLED -> new FeedException("sync.cancelled");
            case TIMEOUT -> new FeedException("sync.timeout", duration(deadline));
            case TOO_SLOW -> new FeedException("sync.tooSlow", duration(window), Long.toString(minBytes));
        };
    }

    private static String duration(Duration d) {
        long seconds = d.toSeconds();
        return seconds >= 60 && seconds % 60 == 0 ? Messages.get("time.minutes", Long.toString(seconds / 60))
                : Messages.get("time.seconds", Long.toString(Math.max(1, seconds)));
    }

    /**
     * Watches {@code connection} until the returned handle is closed: when the guard stops, it is closed from
     * the guard's thread. A guard already stopped closes it at once and refuses.
     */
    public Watched watch(Closeable connection) throws FeedException {
        if (this == NONE) {
            return () -> { };
        }
        open.add(connection);
        if (stopped != null) {
            open.remove(connection);
            closeQuietly(connection);
            throw stopException();
        }
        return () -> open.remove(connection);
    }

    /** Counts the bytes read through {@code in} as progress of the transfer. */
    public InputStream counted(InputStream in) {
        if (this == NONE) {
            return in;
        }
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                refuseIfStopped();
                int b = super.read();
                if (b >= 0) {
                    bytes.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                refuseIfStopped();
                int n = super.read(buffer, off, len);
                refuseIfStopped();
                if (n > 0) {
                    bytes.addAndGet(n);
                }
                return n;
            }
        };
    }

    private void refuseIfStopped() throws IOException {
        if (stopped != null) {
            throw new IOException("transfer stopped: " + stopped);
        }
    }

    /** A watched connection; closing the handle stops watching it (it does not close the connection). */
    @FunctionalInterface
    public interface Watched extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.shutdownNow();
            transfers.shutdownNow();
        }
    }
}

package org.hallkiosk.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.config.ReportCredentials;

/**
 * Sends this kiosk's report: an HTTP PUT of {@code <kiosk_id>.json} to the report folder, after each sync and
 * every hour, on a thread of its own. A report that cannot be sent (server down, 401, full disk there) never
 * stops the kiosk: it is one line of the background-failure path (so staff see it among the latest errors), and
 * the next attempt comes sooner, after 1, 2, 4 … minutes, at most the hour. {@link #close()} stops it.
 */
public final class ReportWriter implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReportWriter.class.getName());
    public static final Duration EVERY = Duration.ofHours(1);
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI target;
    private final Path credentials;
    private final Supplier<KioskReport> report;
    private final Duration every;
    private final Duration firstRetry;
    private final ScheduledExecutorService thread;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private ScheduledFuture<?> next; // guarded by this
    private int failuresInARow;      // only on the writer's thread
    private volatile String lastProblem;

    /** The kiosk's writer: every hour, retries from one minute on. */
    public ReportWriter(URI target, Path credentials, Supplier<KioskReport> report) {
        this(target, credentials, report, EVERY, FIRST_RETRY);
    }

    /**
     * @param target the report's address, {@code <report.url><kiosk_id>.json}
     * @param credentials the 0600 file of {@code user:password}, or null
     */
    public ReportWriter(URI target, Path credentials, Supplier<KioskReport> report, Duration every,
                        Duration firstRetry) {
        this.target = target;
        this.credentials = credentials;
        this.report = report;
        this.every = every;
        this.firstRetry = firstRetry;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fleet-report");
            t.setDaemon(true);
            return t;
        });
    }

    /** Sends the first report now and then on schedule. */
    public void start() {
        reportSoon();
    }

    /** After a sync: send a report now (on the writer's thread); the schedule goes on from this one. */
    public void reportSoon() {
        submit();
    }

    /** Sends now; the future says whether the server took it. */
    public Future<Boolean> reportNow() {
        return submit();
    }

    private Future<Boolean> submit() {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        if (thread.isShutdown()) {
            result.complete(false);
            return result;
        }
        try {
            thread.execute(() -> result.complete(attempt()));
        } catch (RejectedExecutionException closed) {
            result.complete(false);
        }
        return result;
    }

    /** One attempt, then the next one scheduled: the hour after a success, sooner after a failure. */
    private boolean attempt() {
        boolean ok = send();
        Duration wait;
        if (ok) {
            failuresInARow = 0;
            wait = every;
        } else {
            failuresInARow++;
            long factor = 1L << Math.min(failuresInARow - 1, 20);
            wait = firstRetry.multipliedBy(factor);
            if (wait.compareTo(every) > 0) {
                wait = every;
            }
        }
        schedule(wait);
        return ok;
    }

    private synchronized void schedule(Duration wait) {
        if (next != null) {
            next.cancel(false);
        }
        if (!thread.isShutdown()) {
            try {
                next = thread.schedule(this::attempt, wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                next = null;
            }
        }
    }

    private boolean send() {
        try {
            byte[] body = report.get().toJson();
            HttpRequest.Builder put = HttpRequest.newBuilder(target).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
            if (credentials != null) {
                put.header("Authorization", ReportCredentials.read(credentials).basicAuthorization());
            }
            HttpResponse<Void> response = http.send(put.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status == 200 || status == 201 || status == 204) {
                sent.incrementAndGet();
                lastProblem = null;
                LOG.fine("fleet report sent to " + target + ": HTTP " + status);
                return true;
            }
            return failed("PUT " + target + " answered HTTP " + status, null);
        } catch (IOException | RuntimeException e) {
            return failed("PUT " + target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean failed(String what, Throwable error) {
        failures.incrementAndGet();
        lastProblem = error == null ? what : what + ": " + error.getClass().getSimpleName();
        // The address and the exception's class only (no password: it never is part of the address).
        BackgroundFailures.report("fleet report", lastProblem + "; next attempt later");
        return false;
    }

    /** Attempts that failed since the start. */
    public int failures() {
        return failures.get();
    }

    /** Reports the server took since the start. */
    public int sent() {
        return sent.get();
    }

    /** What the last attempt met, null after a success. */
    public String lastProblem() {
        return lastProblem;
    }

    /** Whether a next attempt is scheduled (after a failure: the retry). */
    public synchronized boolean nextScheduled() {
        return next != null && !next.isDone();
    }

    public URI target() {
        return target;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (next != null) {
                next.cancel(false);
            }
        }
        thread.shutdownNow();
    }
}

package org.hallkiosk.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;

/**
 * A feed on an HTTP(S) server or CDN. HttpURLConnection rather than java.net.http because it has a read
 * timeout, and a stalled body must not hang a kiosk's sync for ever.
 */
public final class HttpFeedSource implements FeedSource {

    private final String base;
    private final HttpOptions options;
    private volatile TransferGuard guard = TransferGuard.NONE;
    private final Cancellation cancellation;

    public HttpFeedSource(URI base, HttpOptions options) {
        this(base, options, new Cancellation());
    }

    /** @param cancellation staff's 取消: wakes a back-off wait at once */
    public HttpFeedSource(URI base, HttpOptions options, Cancellation cancellation) {
        String text = base.toString();
        this.base = text.endsWith("/") ? text : text + "/";
        this.options = options;
        this.cancellation = cancellation;
    }

    @Override
    public String describe() {
        return base;
    }

    @Override
    public void guardWith(TransferGuard newGuard) {
        this.guard = newGuard;
    }

    @Override
    public ManifestResponse fetchManifest(Validators previous) throws IOException, FeedException {
        return withRetries(FeedNames.MANIFEST, () -> {
            HttpURLConnection c = open(FeedNames.MANIFEST);
            try (TransferGuard.Watched watched = guard.watch(c::disconnect)) {
                if (previous.etag() != null) {
                    c.setRequestProperty("If-None-Match", previous.etag());
                }
                if (previous.lastModified() != null) {
                    c.setRequestProperty("If-Modified-Since", previous.lastModified());
                }
                int status = c.getResponseCode();
                if (status == HttpURLConnection.HTTP_NOT_MODIFIED) {
                    c.disconnect();
                    return ManifestResponse.notModified(previous);
                }
                expectOk(c, status, FeedNames.MANIFEST);
                byte[] bytes = readBody(c, FeedNames.MAX_MANIFEST_BYTES, FeedNames.MANIFEST);
                return new ManifestResponse(bytes,
                        new Validators(c.getHeaderField("ETag"), c.getHeaderField("Last-Modified")));
            }
        });
    }

    @Override
    public byte[] fetchSignature() throws IOException, FeedException {
        return fetchSmall(FeedNames.SIGNATURE, FeedNames.MAX_SIGNATURE_BYTES);
    }

    @Override
    public byte[] fetchItem(String id, long maxBytes) throws IOException, FeedException {
        return fetchSmall(FeedNames.itemPath(id), maxBytes);
    }

    private byte[] fetchSmall(String name, long max) throws IOException, FeedException {
        return withRetries(name, () -> {
            HttpURLConnection c = open(name);
            try (TransferGuard.Watched watched = guard.watch(c::disconnect)) {
                expectOk(c, c.getResponseCode(), name);
                return readBody(c, max, name);
            }
        });
    }

    @Override
    public void fetchFile(String sha256, long size, Path target, LongConsumer bytesArrived)
            throws IOException, FeedException {
        String name = FeedNames.filePath(sha256);
        withRetries(name, () -> {
            long have = Files.exists(target) ? Files.size(target) : 0;
            if (have > size) {
                Files.delete(target);
                have = 0;
            }
            if (have == size && size > 0) {
                return null;
            }
            HttpURLConnection c = open(name);
            try (TransferGuard.Watched watched = guard.watch(c::disconnect)) {
                if (have > 0) {
                    c.setRequestProperty("Range", "bytes=" + have + "-");
                }
                int status = c.getResponseCode();
                boolean append;
                if (status == HttpURLConnection.HTTP_PARTIAL && have > 0 && rangeStartsAt(c, have)) {
                    append = true;
                } else if (status == 416) {
                    // The server cannot serve what we think is left: start again from the first byte.
                    c.disconnect();
                    Files.deleteIfExists(target);
                    throw new IOException("HTTP 416 for " + name);
                } else {
                    expectOk(c, status, name);
                    append = false;
                    have = 0;
                }
                copyBody(c, target, append, have, size, name, bytesArrived);
                return null;
            }
        });
    }

    private static boolean rangeStartsAt(HttpURLConnection c, long offset) {
        String range = c.getHeaderField("Content-Range");
        return range != null && range.startsWith("bytes " + offset + "-");
    }

    private void copyBody(HttpURLConnection c, Path target, boolean append, long have, long size, String name,
                          LongConsumer bytesArrived) throws IOException, FeedException {
        try (InputStream in = guard.counted(c.getInputStream());
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[64 * 1024];
            long total = have;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > size) {
                    throw new FeedException("feed.largerThanStated", name, Long.toString(size));
                }
                out.write(buffer, 0, n);
                bytesArrived.accept(n);
            }
            if (total < size) {
                throw new IOException("connection closed after " + total + " of " + size + " bytes of " + name);
            }
        }
    }

    private HttpURLConnection open(String name) throws IOException {
        URL url = URI.create(base + name).toURL();
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setConnectTimeout((int) options.connectTimeout().toMillis());
        c.setReadTimeout((int) options.readTimeout().toMillis());
        c.setUseCaches(false);
        c.setInstanceFollowRedirects(true);
        c.setRequestProperty("User-Agent", "hall-kiosk");
        c.setRequestProperty("Accept-Encoding", "identity");
        return c;
    }

    private byte[] readBody(HttpURLConnection c, long max, String name) throws IOException, FeedException {
        long declared = c.getContentLengthLong();
        if (declared > max) {
            c.disconnect();
            throw new FeedException("feed.tooLarge", name, Long.toString(max));
        }
        try (InputStream in = guard.counted(c.getInputStream())) {
            byte[] bytes = BoundedRead.readAll(in, max, name);
            if (declared >= 0 && bytes.length < declared) {
                throw new IOException("connection closed after " + bytes.length + " of " + declared + " bytes");
            }
            return bytes;
        }
    }

    private void expectOk(HttpURLConnection c, int status, String name) throws IOException, FeedException {
        if (status == HttpURLConnection.HTTP_OK) {
            return;
        }
        String retryAfter = c.getHeaderField("Retry-After");
        drain(c);
        if (status == 429 || status >= 500) {
            throw new RetryableStatus(status, retryAfter, base + name);
        }
        throw new FeedException("http.status", base + name, Integer.toString(status));
    }

    private static void drain(HttpURLConnection c) {
        try (InputStream err = c.getErrorStream()) {
            if (err != null) {
                err.readNBytes(64 * 1024);
            }
        } catch (IOException ignored) {
            // only freeing the connection for reuse
        }
    }

    private interface Attempt<T> {
        T run() throws IOException, FeedException;
    }

    /** Retries network failures, 429 and 5xx with back-off and jitter; anything else fails at once. */
    private <T> T withRetries(String name, Attempt<T> attempt) throws FeedException {
        Exception last = null;
        for (int i = 0; i < options.attempts(); i++) {
            // A sync stopped by its guard (cancelled, too slow, past its deadline) is not retried.
            guard.check();
            try {
                return guard.run(attempt::run);
            } catch (RetryableStatus e) {
                guard.check();
                last = e;
                if (i + 1 < options.attempts()) {
                    sleep(e.retryAfter().orElse(backoff(i)));
                }
            } catch (IOException e) {
                guard.check();
                last = e;
                if (i + 1 < options.attempts()) {
                    sleep(backoff(i));
                }
            }
        }
        if (last instanceof RetryableStatus status) {
            throw new FeedException(status, "http.status", status.url, Integer.toString(status.status));
        }
        String reason = last instanceof SocketTimeoutException ? "timeout" : String.valueOf(last);
        throw new FeedException(last, "http.unreachable", base + name, reason, Integer.toString(options.attempts()));
    }

    private Duration backoff(int attempt) {
        long cap = options.maxDelay().toMillis();
        long exp = Math.min(cap, options.baseDelay().toMillis() << Math.min(attempt, 20));
        // Full jitter in the upper half keeps a city's kiosks from retrying in step.
        long jittered = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    private void sleep(Duration delay) throws FeedException {
        Duration capped = delay.compareTo(options.maxDelay()) > 0 ? options.maxDelay() : delay;
        try {
            if (cancellation.await(capped)) {
                throw new FeedException("sync.cancelled");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException(e, "sync.cancelled");
        }
    }

    /** A 429 or 5xx, which is worth another try, after Retry-After when the server gives one. */
    private static final class RetryableStatus extends IOException {
        final int status;
        final String retryAfterHeader;
        final String url;

        RetryableStatus(int status, String retryAfterHeader, String url) {
            super("HTTP " + status);
            this.status = status;
            this.retryAfterHeader = retryAfterHeader;
            this.url = url;
        }

        Optional<Duration> retryAfter() {
            if (retryAfterHeader == null) {
                return Optional.empty();
            }
            String v = retryAfterHeader.strip();
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                    return Optional.of(d.isNegative() ? Duration.ZERO : d);
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        }
    }
}

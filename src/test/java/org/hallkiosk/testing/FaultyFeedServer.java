package org.hallkiosk.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallkiosk.feed.Hashes;

/**
 * A real HTTP server on 127.0.0.1 that serves a feed folder the way a CDN would (ETag, Last-Modified, 304,
 * Range) and fails on request in the ways networks fail: an error status (with Retry-After), a stall longer
 * than the client's read timeout, a body cut short, a body dripped a byte at a time, a body that stops
 * half-way and holds the connection open, a body that never ends. It records every request (path, headers, status, time)
 * and the body bytes it sent, so tests can check what the kiosk asked for and how much it downloaded.
 */
public final class FaultyFeedServer implements AutoCloseable {

    private static final String PREFIX = "/feed/";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    static {
        // As a CDN does (nginx's tcp_nodelay): without it, Nagle's algorithm and delayed ACKs add ~40 ms to
        // every small response, and a sync of many items measures the test server instead of the kiosk.
        // Read once, when the JDK's server first starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "faulty-feed-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final AtomicLong bytesSent = new AtomicLong();

    /** One request as the server saw it: {@code path} is relative to the feed, such as "manifest.json". */
    public record Request(String path, Headers headers, int status, long nanoTime, long bodyBytes) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** What the server does instead of serving a path normally, once per request. */
    public sealed interface Fault {
        /** Answers {@code status} with an optional Retry-After (seconds, or null). */
        record Status(int status, String retryAfter) implements Fault {
        }

        /** Waits this long before answering at all, then closes the connection. */
        record Stall(Duration delay) implements Fault {
        }

        /** Announces the whole body but sends only {@code bytes} of it, then closes the connection. */
        record CutShort(long bytes) implements Fault {
        }

        /** Sends the headers and then the body one byte every {@code interval}: slower than any sync can wait. */
        record Drip(Duration interval) implements Fault {
        }

        /** Sends the headers and the first {@code bytes} of the body, then nothing for {@code hold}. */
        record StallBody(long bytes, Duration hold) implements Fault {
        }

        /** Answers 200 without a length and sends bytes without end, as fast as the client reads them. */
        record NeverEnding() implements Fault {
        }

        static Fault drip(Duration interval) {
            return new Drip(interval);
        }

        static Fault stallBody(long bytes, Duration hold) {
            return new StallBody(bytes, hold);
        }

        static Fault neverEnding() {
            return new NeverEnding();
        }

        static Fault status(int status) {
            return new Status(status, null);
        }

        static Fault retryAfter(int status, int seconds) {
            return new Status(status, Integer.toString(seconds));
        }

        static Fault stall(Duration delay) {
            return new Stall(delay);
        }

        static Fault cutShort(long bytes) {
            return new CutShort(bytes);
        }
    }

    private FaultyFeedServer(Path root) throws IOException {
        this.root = root;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code feedDir} at {@link #base()} until closed. */
    public static FaultyFeedServer serve(Path feedDir) throws IOException {
        return new FaultyFeedServer(feedDir);
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PREFIX);
    }

    /** A URL on a port where nobody listens: connection refused. */
    public static URI refusingBase() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + PREFIX);
        }
    }

    /** The next requests for {@code path} meet these faults, one each, in order; then it is served normally. */
    public synchronized FaultyFeedServer failNext(String path, Fault... next) {
        faults.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(next));
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Body bytes sent for every request so far (headers not counted). */
    public long bytesSent() {
        return bytesSent.get();
    }

    public synchronized void clearLog() {
        requests.clear();
        bytesSent.set(0);
    }

    private synchronized Fault nextFault(String path) {
        Deque<Fault> queue = faults.get(path);
        return queue == null ? null : queue.poll();
    }

    private void handle(HttpExchange ex) throws IOException {
        long arrived = System.nanoTime();
        String path = ex.getRequestURI().getPath().substring(PREFIX.length());
        try (ex) {
            Fault fault = nextFault(path);
            if (fault instanceof Fault.Stall stall) {
                recordAt(path, ex, 0, 0, arrived);
                try {
                    Thread.sleep(stall.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (fault instanceof Fault.NeverEnding) {
                recordAt(path, ex, 200, 0, arrived);
                ex.sendResponseHeaders(200, 0);
                byte[] junk = new byte[16 * 1024];
                OutputStream body = ex.getResponseBody();
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        body.write(junk);
                        bytesSent.addAndGet(junk.length);
                    }
                } catch (IOException clientGaveUp) {
                    // the client closed the connection: what a kiosk should do
                }
                return;
            }
            if (fault instanceof Fault.Status s) {
                if (s.retryAfter() != null) {
                    ex.getResponseHeaders().set("Retry-After", s.retryAfter());
                }
                recordAt(path, ex, s.status(), 0, arrived);
                ex.sendResponseHeaders(s.status(), -1);
                return;
            }
            Path file = root.resolve(path).normalize();
            if (path.contains("..") || !file.startsWith(root) || !Files.isRegularFile(file)) {
                recordAt(path, ex, 404, 0, arrived);
                ex.sendResponseHeaders(404, -1);
                return;
            }
            if (fault instanceof Fault.Drip || fault instanceof Fault.StallBody) {
                serveSlowly(ex, path, file, fault, arrived);
                return;
            }
            serveFile(ex, path, file, fault instanceof Fault.CutShort cut ? cut.bytes() : -1, arrived);
        }
    }

    private void serveFile(HttpExchange ex, String path, Path file, long cutAfter, long arrived) throws IOException {
        // files/<sha256> never change (named by their hash) and may be large (a pack): streamed from the disk,
        // not held in the server's memory, where a benchmark would count it as the kiosk's heap.
        boolean named = path.startsWith("files/") && path.length() >= "files/".length() + 16;
        byte[] bytes = named ? null : Files.readAllBytes(file);
        long total = named ? Files.size(file) : bytes.length;
        String etag = "\"" + (named ? path.substring("files/".length(), "files/".length() + 16)
                : Hashes.sha256(bytes).substring(0, 16)) + "\"";
        ZonedDateTime modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS)
                .atZone(ZoneOffset.UTC);
        Headers in = ex.getRequestHeaders();
        Headers out = ex.getResponseHeaders();
        out.set("ETag", etag);
        out.set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified));
        out.set("Accept-Ranges", "bytes");
        if (notModified(in, etag, modified.toInstant())) {
            recordAt(path, ex, 304, 0, arrived);
            ex.sendResponseHeaders(304, -1);
            return;
        }
        int status = 200;
        long from = 0;
        long to = total;
        Matcher range = in.getFirst("Range") == null ? null : RANGE.matcher(in.getFirst("Range"));
        if (range != null && range.matches()) {
            from = Long.parseLong(range.group(1));
            if (!range.group(2).isEmpty()) {
                to = Math.min(total, Long.parseLong(range.group(2)) + 1);
            }
            if (from >= total) {
                out.set("Content-Range", "bytes */" + total);
                recordAt(path, ex, 416, 0, arrived);
                ex.sendResponseHeaders(416, -1);
                return;
            }
            status = 206;
            out.set("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + total);
        }
        long length = to - from;
        long send = cutAfter < 0 ? length : Math.min(cutAfter, length);
        recordAt(path, ex, status, send, arrived);
        ex.sendResponseHeaders(status, length == 0 ? -1 : length);
        if (length == 0) {
            return;
        }
        OutputStream body = ex.getResponseBody();
        if (bytes != null) {
            body.write(bytes, (int) from, (int) send);
        } else {
            try (FileChannel ch = FileChannel.open(file)) {
                ch.transferTo(from, send, Channels.newChannel(body));
            }
        }
        body.flush();
        if (send < length) {
            // Closing short of the announced length makes the server drop the connection mid-body.
            try {
                body.close();
            } catch (IOException expected) {
                // "insufficient bytes written": exactly the fault wanted
            }
        }
    }

    /** Drips the body a byte at a time, or sends a little and holds the connection open. */
    private void serveSlowly(HttpExchange ex, String path, Path file, Fault fault, long arrived) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        recordAt(path, ex, 200, 0, arrived);
        ex.sendResponseHeaders(200, bytes.length);
        OutputStream body = ex.getResponseBody();
        try {
            if (fault instanceof Fault.Drip drip) {
                for (byte b : bytes) {
                    body.write(b);
                    body.flush();
                    bytesSent.incrementAndGet();
                    Thread.sleep(drip.interval().toMillis());
                }
            } else if (fault instanceof Fault.StallBody stall) {
                int first = (int) Math.min(stall.bytes(), bytes.length);
                body.write(bytes, 0, first);
                body.flush();
                bytesSent.addAndGet(first);
                Thread.sleep(stall.hold().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGaveUp) {
            // the client closed the connection: what a kiosk should do
        }
    }

    /** Called before the answer goes out, so that a client that has its answer finds the request logged. */
    private synchronized void recordAt(String path, HttpExchange ex, int status, long body, long arrived) {
        Headers copy = new Headers();
        copy.putAll(ex.getRequestHeaders());
        requests.add(new Request(path, copy, status, arrived, body));
        bytesSent.addAndGet(body);
    }

    private static boolean notModified(Headers in, String etag, Instant modified) {
        String ifNoneMatch = in.getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals(etag) || ifNoneMatch.equals("*");
        }
        String ifModifiedSince = in.getFirst("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !modified.isAfter(since);
            } catch (RuntimeException unreadable) {
                return false;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package org.hallkiosk.mirror;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hallkiosk.feed.FeedNames;

/**
 * Attachments by the SHA-256 of their bytes. A file only enters here after its hash was checked, and by an
 * atomic rename, so a crash leaves either the whole file or none; files no current item names are removed
 * only after the sync that stopped naming them has committed.
 *
 * <p>A file's bytes are forced to the disk before its rename, and the folder's names before the commit that
 * refers to them ({@link #flush}): a kiosk switched off at the wall just after a sync must not come back naming
 * an attachment its disk never received, and a name here must mean whole bytes, since a later sync trusts it.
 * The forcing runs on a few threads of its own while the sync goes on: ext4's journal takes fsyncs that arrive
 * together in one commit (2,000 attachments of 64 KiB: 0.2–0.4 s on 8 threads, 0.9–1.2 s one after another).
 */
public final class FileStore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());
    private static final int FLUSH_THREADS = 8;

    private final Path dir;
    private final ThreadPoolExecutor flushers;
    /** Files handed to {@link #putVerified} since the last {@link #flush}, by hash: forced, then renamed in. */
    private final Map<String, Future<?>> pending = new ConcurrentHashMap<>();

    FileStore(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.flushers = new ThreadPoolExecutor(FLUSH_THREADS, FLUSH_THREADS, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "file-store-flush");
                    t.setDaemon(true);
                    return t;
                });
        // an idle kiosk keeps no thread for this
        flushers.allowCoreThreadTimeOut(true);
    }

    public Path dir() {
        return dir;
    }

    public Path path(String sha256) {
        if (!FeedNames.isValidSha256(sha256)) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return dir.resolve(sha256);
    }

    /** True when the file is here, or on its way in (put, not yet renamed). */
    public boolean has(String sha256) {
        Future<?> putting = pending.get(sha256);
        return (putting != null && !putting.isDone()) || Files.isRegularFile(path(sha256));
    }

    /**
     * Moves an already verified file in under its hash: its bytes are forced to the disk and it is renamed in
     * on a thread of the store's, and {@link #flush} waits for that. {@code verified} is the store's from now.
     */
    public void putVerified(String sha256, Path verified) {
        Path target = path(sha256);
        pending.put(sha256, flushers.submit(() -> {
            try {
                moveIn(sha256, verified, target);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "attachment " + sha256 + " could not be put in the store", e);
                throw e;
            }
            return null;
        }));
    }

    private void moveIn(String sha256, Path verified, Path target) throws IOException {
        force(verified);
        try {
            Files.move(verified, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Path tmp = dir.resolve(sha256 + ".tmp");
            Files.copy(verified, tmp, StandardCopyOption.REPLACE_EXISTING);
            force(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(verified);
        }
    }

    /**
     * Waits until every file put in since the last call is on the disk under its name, and the names too: called
     * before the commit that refers to them. Throws the first file that could not be put in. Windows cannot open
     * a folder to force it; NTFS journals its names itself.
     */
    public void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        IOException failed = null;
        for (Map.Entry<String, Future<?>> e : List.copyOf(pending.entrySet())) {
            try {
                await(e.getValue());
            } catch (IOException ex) {
                if (failed == null) {
                    failed = ex;
                }
            }
            pending.remove(e.getKey(), e.getValue());
        }
        if (failed != null) {
            throw failed;
        }
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
                ch.force(true);
            }
        }
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped waiting for an attachment to reach the disk");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static void force(Path file) throws IOException {
        // opened for writing: Windows flushes only a file opened so
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Removes one file, if it is there (an attachment copied for an apply that was rolled back). */
    public void remove(String sha256) throws IOException {
        Future<?> putting = pending.remove(sha256);
        if (putting != null) {
            try {
                await(putting);
            } catch (IOException e) {
                // it never went in: nothing to remove (the failure was logged where it happened)
            }
        }
        Files.deleteIfExists(path(sha256));
    }

    /** Removes every file whose hash is not in {@code keep}; returns how many went. */
    public int removeAllBut(Set<String> keep) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                if (!keep.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        }
        return removed;
    }

    public long count() throws IOException {
        try (var s = Files.list(dir)) {
            return s.count();
        }
    }

    /** Lets the files on their way in arrive, then ends the store's threads. */
    @Override
    public void close() {
        flushers.shutdown();
        try {
            if (!flushers.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warning("attachments were still being put in the store a minute after closing it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hallkiosk.feed.FeedNames;

/**
 * Attachments by the SHA-256 of their bytes. A file only enters here after its hash was checked, and by an
 * atomic rename, so a crash leaves either the whole file or none; files no current item names are removed
 * only after the sync that stopped naming them has committed.
 *
 * <p>Before the commit that names them, the files put in are forced to the disk with the folder's names
 * ({@link #flush}): a kiosk switched off at the wall just after a sync must not come back naming an attachment
 * its disk never received, since a later sync trusts a name it finds here. A sync cut off before its commit
 * may leave files here that were never forced; the next sync removes every file the mirror does not name
 * before it starts ({@code SyncEngine}). The forcing is done once, at the end, on several threads: ext4's
 * journal takes fsyncs that arrive together in one commit (2,000 attachments of 64 KiB: 0.2–0.4 s on 8
 * threads, against 0.9–1.2 s forced one by one as they were written).
 */
public final class FileStore {

    private static final int FLUSH_THREADS = 8;

    private final Path dir;
    /** Files put in since the last {@link #flush}, by hash. */
    private final Set<String> unflushed = ConcurrentHashMap.newKeySet();

    FileStore(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
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

    public boolean has(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** Moves an already verified file in under its hash; {@link #flush} puts it on the disk. */
    public void putVerified(String sha256, Path verified) throws IOException {
        Path target = path(sha256);
        try {
            Files.move(verified, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Path tmp = dir.resolve(sha256 + ".tmp");
            Files.copy(verified, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(verified);
        }
        unflushed.add(sha256);
    }

    /**
     * Forces every file put in since the last call to the disk, then the folder's names: called before the
     * commit that names them, and after a sync that failed (what it leaves is kept for the next). Windows
     * cannot open a folder to force it; NTFS journals its names itself.
     */
    public void flush() throws IOException {
        if (unflushed.isEmpty()) {
            return;
        }
        List<String> files = List.copyOf(unflushed);
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(FLUSH_THREADS, files.size()), r -> {
            Thread t = new Thread(r, "file-store-flush");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> forced = new ArrayList<>();
            for (String sha256 : files) {
                forced.add(threads.submit(() -> {
                    force(path(sha256));
                    return null;
                }));
            }
            for (Future<?> f : forced) {
                await(f);
            }
        } finally {
            threads.shutdownNow();
        }
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
                ch.force(true);
            }
        }
        unflushed.removeAll(files);
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped waiting for the attachments to reach the disk");
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
        unflushed.remove(sha256);
        Files.deleteIfExists(path(sha256));
    }

    /** Removes every file whose hash is not in {@code keep}; returns how many went. */
    public int removeAllBut(Set<String> keep) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                if (!keep.contains(p.getFileName().toString())) {
                    unflushed.remove(p.getFileName().toString());
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
}

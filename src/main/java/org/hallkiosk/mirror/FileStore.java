package org.hallkiosk.mirror;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.hallkiosk.feed.FeedNames;

/**
 * Attachments by the SHA-256 of their bytes. A file only enters here after its hash was checked, and by an
 * atomic rename, so a crash leaves either the whole file or none; files no current item names are removed
 * only after the sync that stopped naming them has committed.
 */
public final class FileStore {

    private final Path dir;

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

    /** Moves an already verified file in under its hash. */
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
    }

    /** Removes one file, if it is there (an attachment copied for an apply that was rolled back). */
    public void remove(String sha256) throws IOException {
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
}

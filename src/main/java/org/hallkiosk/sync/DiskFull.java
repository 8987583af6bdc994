package org.hallkiosk.sync;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hallkiosk.mirror.SqliteFull;

/**
 * Recognises a full disk in whatever form it surfaces: an IOException "No space left on device" while a file
 * is written, or SQLite's SQLITE_FULL (which can come back as a later, vaguer error such as "cannot commit - no
 * transaction is active" once SQLite has rolled the transaction back itself), anywhere in the chain of causes.
 */
final class DiskFull {

    private DiskFull() {
    }

    static boolean isDiskFull(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return search(failure, seen);
    }

    private static boolean search(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (SqliteFull.is(t)) {
            return true;
        }
        if (t instanceof FileSystemException fs && says(fs.getReason())) {
            return true;
        }
        if (t instanceof IOException && says(t.getMessage())) {
            return true;
        }
        if (t.getMessage() != null && t.getMessage().contains("SQLITE_FULL")) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (search(s, seen)) {
                return true;
            }
        }
        return search(t.getCause(), seen);
    }

    private static boolean says(String message) {
        return message != null && (message.contains("No space left on device") || message.contains("SQLITE_FULL")
                || message.contains("database or disk is full") || message.contains("There is not enough space"));
    }
}

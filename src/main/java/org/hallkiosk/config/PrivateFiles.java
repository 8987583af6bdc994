package org.hallkiosk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files only the kiosk's own account may read (staff.yaml, the lockout, logs): 0600, in 0700 folders, where
 * the file system has POSIX permissions. On Windows the folder's ACL applies; nothing is done there.
 */
public final class PrivateFiles {

    private static final Logger LOG = Logger.getLogger(PrivateFiles.class.getName());

    private PrivateFiles() {
    }

    /** Makes {@code file} readable and writable by its owner only. */
    public static void restrict(Path file) {
        set(file, "rw-------");
    }

    /** Creates {@code file} empty, already 0600 (no moment where others could open it); replaces one there. */
    public static Path createEmpty(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }

    /** Creates {@code dir} (and its parents) if needed, and makes it its owner's only. */
    public static Path privateFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        set(dir, "rwx------");
        return dir;
    }

    private static void set(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            LOG.log(Level.FINE, "no POSIX permissions for " + path, notPosix);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not restrict " + path + " to its owner", e);
        }
    }
}

package org.hallkiosk.config;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Says in the kiosk's log whether the app image's class-data archive (AppCDS, made by lib/hall-kiosk-cds-train)
 * can be in use. The JVM itself skips a missing archive without a word and a stale one with one warning line on
 * standard output; the kiosk then starts slower and otherwise the same, so this is a warning for staff, not an
 * error. The launcher names the archive in {@value #PROPERTY}; started from the jar alone there is none.
 */
public final class ClassDataArchive {

    public static final String PROPERTY = "hallkiosk.cds";

    private static final Logger LOG = Logger.getLogger(ClassDataArchive.class.getName());

    private ClassDataArchive() {
    }

    /** Logs the archive's state: in place, missing, or older than the jar (and so refused by the JVM). */
    public static void logState() {
        String archive = System.getProperty(PROPERTY);
        if (archive == null || archive.isBlank()) {
            return;
        }
        Path jsa = Path.of(archive);
        String firstEntry = System.getProperty("java.class.path", "").split(File.pathSeparator)[0];
        Level level = Level.WARNING;
        String state;
        try {
            if (!Files.isRegularFile(jsa)) {
                state = "missing: the kiosk starts without it (slower); lib/hall-kiosk-cds-train makes it";
            } else if (!firstEntry.isEmpty() && Files.isRegularFile(Path.of(firstEntry))
                    && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(Path.of(firstEntry))) < 0) {
                state = "older than " + firstEntry + ": the JVM does not use it; lib/hall-kiosk-cds-train makes it anew";
            } else {
                level = Level.INFO;
                state = "in place";
            }
        } catch (IOException e) {
            state = "cannot be read (" + e.getMessage() + ")";
        }
        LOG.log(level, "class-data archive " + jsa + ": " + state);
    }
}

package org.hallkiosk.config;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one path of a failure in background work that no one waits for: a scheduled sync, the config watcher,
 * a usage write, a speech engine, a screen's worker. Each is one SEVERE line in the kiosk's log, so staff see it
 * in the panel's latest errors ({@link KioskLogs#latestProblems}) and the soak counts it. As with
 * {@link UncaughtLogging}, only exception classes and where they were thrown: a message may carry what a visitor
 * typed or opened, and the log keeps no personal data.
 */
public final class BackgroundFailures {

    public static final String LOGGER = "org.hallkiosk.background";
    private static final Logger LOG = Logger.getLogger(LOGGER);

    private BackgroundFailures() {
    }

    /** {@code background "usage write" failed: MirrorException at ... | caused by ...}. */
    public static void report(String task, Throwable error) {
        LOG.log(Level.SEVERE, "background \"" + task + "\" failed: " + UncaughtLogging.trace(error));
    }

    /** A failure that comes as words of the kiosk's own (a speech engine's problem), not as an exception. */
    public static void report(String task, String problem) {
        LOG.log(Level.SEVERE, "background \"" + task + "\" failed: " + problem);
    }
}

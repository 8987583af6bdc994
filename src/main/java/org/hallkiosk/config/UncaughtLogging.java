package org.hallkiosk.config;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends every uncaught exception (background threads and the FX thread alike) to the kiosk's log as one
 * SEVERE line. Only exception classes and where they were thrown: a message may carry what a visitor typed
 * (a search that failed) or opened, and the log keeps no personal data.
 */
public final class UncaughtLogging {

    static final Logger LOG = Logger.getLogger("org.hallkiosk.uncaught");
    private static final int FRAMES = 4;

    private UncaughtLogging() {
    }

    /** The default handler for every thread that has none of its own. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(UncaughtLogging::log);
    }

    public static void log(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, describe(thread, error));
    }

    /** {@code uncaught in "main": IllegalStateException at A.b(A.java:1) < ... | caused by ...}. */
    static String describe(Thread thread, Throwable error) {
        return "uncaught in \"" + thread.getName() + "\": " + trace(error);
    }

    /** {@code IllegalStateException at A.b(A.java:1) < ... | caused by ...}: classes and frames, no messages. */
    static String trace(Throwable error) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            line.append(t == error ? "" : " | caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                line.append(i == 0 ? " at " : " < ").append(frames[i]);
            }
        }
        return line.toString();
    }
}

package org.hallkiosk.ui;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the kiosk app is starting: from {@link #begin} (the app's init, on the launcher thread) until some work
 * deferred by {@link FirstPaint} has run on the FX thread (its first screen is painted). Never begun in tools
 * (screenshots, previews) and tests that build screens themselves. Read by {@link FirstPaint#afterStart}.
 */
final class StartPhase {

    private static final AtomicBoolean STARTING = new AtomicBoolean();

    private StartPhase() {
    }

    static void begin() {
        STARTING.set(true);
    }

    static void end() {
        STARTING.set(false);
    }

    static boolean starting() {
        return STARTING.get();
    }
}

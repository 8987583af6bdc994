package org.hallkiosk.fleet;

import org.hallkiosk.i18n.LocalizedException;

/** A report that cannot be read or sent, or a fleet folder that cannot be listed; the message names the file. */
public final class FleetException extends LocalizedException {

    public FleetException(String key, Object... args) {
        super(key, args);
    }

    public FleetException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}

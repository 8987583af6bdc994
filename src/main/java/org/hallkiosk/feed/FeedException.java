package org.hallkiosk.feed;

import org.hallkiosk.i18n.LocalizedException;

/** A feed that is refused or could not be read: the message names the file, item, field or HTTP status. */
public class FeedException extends LocalizedException {

    public FeedException(String key, Object... args) {
        super(key, args);
    }

    public FeedException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }

    /** Whose fault this is: decides whether a sync it ends FAILED (try again) or was REFUSED. */
    public FailureKind kind() {
        return FailureKind.ofKey(key());
    }
}

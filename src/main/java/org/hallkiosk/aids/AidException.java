package org.hallkiosk.aids;

import org.hallkiosk.i18n.LocalizedException;

/** An aid could not do what was asked (a broken attachment, a failed print); the message says what, plainly. */
public class AidException extends LocalizedException {

    public AidException(String key, Object... args) {
        super(key, args);
    }

    public AidException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}

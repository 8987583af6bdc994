package org.hallkiosk.i18n;

import java.util.List;

/**
 * A failure that a person reads: it carries a message key and its arguments, so the same failure reads in
 * Chinese on the kiosk and in English where that bundle is chosen, and tests can check the key.
 */
public class LocalizedException extends Exception {

    private final String key;
    private final transient List<Object> args;

    public LocalizedException(String key, Object... args) {
        this(null, key, args);
    }

    public LocalizedException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    @Override
    public String getMessage() {
        return Messages.get(key, args.toArray());
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }
}

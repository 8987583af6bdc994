package org.hallkiosk.mirror;

/** The local database could not be read or written. Unchecked: callers cannot do anything but report it. */
public class MirrorException extends RuntimeException {

    public MirrorException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.hallkiosk.aids;

/** How a reading ended. */
public enum SpeechEnd {
    /** Every sentence was spoken. */
    COMPLETED,
    /** Stopped on purpose: navigation, the idle reset, the stop button. */
    STOPPED,
    /** The engine failed; the listener is told why. */
    FAILED
}

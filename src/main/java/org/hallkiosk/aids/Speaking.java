package org.hallkiosk.aids;

import java.time.Duration;
import java.util.Optional;

/** A reading in progress. */
public interface Speaking {

    /** Stops at once: the engine's process is killed, not asked to finish its sentence. Safe to call twice. */
    void stop();

    boolean isFinished();

    /** Waits up to {@code timeout} for the end; empty when still speaking. */
    Optional<SpeechEnd> awaitEnd(Duration timeout) throws InterruptedException;
}

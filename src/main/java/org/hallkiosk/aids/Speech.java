package org.hallkiosk.aids;

import java.nio.file.Path;

/**
 * Reading aloud (有声阅读). One engine per kiosk, chosen by {@code read_aloud} in kiosk.yaml (see
 * {@link SpeechEngines}); a kiosk without a working engine gets one whose {@link #availability()} says why,
 * and the screens hide the button.
 */
public interface Speech {

    /** The engine's name as in kiosk.yaml: espeak-ng, sapi or none. */
    String engine();

    /** Whether the engine works here; may start a process the first time, so call it off the FX thread. */
    Availability availability();

    /**
     * Starts reading {@code sentences} from sentence {@code from} on a background thread and returns at once.
     * A failure (even an engine that is absent) arrives as {@link SpeechEnd#FAILED} through the listener.
     */
    Speaking speak(Sentences sentences, int from, SpeechListener listener);

    default Speaking speak(String text, SpeechListener listener) {
        return speak(Sentences.split(text), 0, listener);
    }

    /** Writes {@code text} spoken as a WAV file (tests, and a cache of readings); blocks until done. */
    void synthesizeToWav(String text, Path wav) throws AidException;
}

package org.hallkiosk.aids;

/**
 * What a screen hears while an item is read aloud. Called on the speech thread, never on the FX thread: a
 * screen hands the calls over with Platform.runLater.
 */
public interface SpeechListener {

    SpeechListener NONE = new SpeechListener() {
    };

    /** Sentence {@code index} (of the {@link Sentences} given to speak) is being spoken now. */
    default void sentenceStarted(int index) {
    }

    /** Reading ended; {@code problem} is a plain sentence when it {@link SpeechEnd#FAILED}, else null. */
    default void finished(SpeechEnd end, String problem) {
    }
}

package org.hallkiosk.ui.search;

import java.util.List;
import org.hallkiosk.input.HandwritingRecognizer;
import org.hallkiosk.input.Ink;

/**
 * What the kiosk's keyboard can type with, and the mode this visit chose. A visitor who switched to 拼音 finds
 * it again on the next search of the visit; the next visitor meets the default again ({@link #reset}): 手写
 * when handwriting works (what older veterans use on every government terminal), else 拼音.
 */
public final class KeyboardInput {

    private final HandwritingRecognizer handwriting;
    private InputMode chosen;

    public KeyboardInput(HandwritingRecognizer handwriting) {
        this.handwriting = handwriting;
    }

    /**
     * The kiosk's own: handwriting by the recogniser installed with it, when there is one (until then, none).
     */
    public static KeyboardInput installed() {
        return withoutHandwriting();
    }

    /** A kiosk without a handwriting model: 手写 is hidden. */
    public static KeyboardInput withoutHandwriting() {
        return new KeyboardInput(new HandwritingRecognizer() {
            @Override
            public List<String> recognize(Ink ink, int max) {
                return List.of();
            }

            @Override
            public boolean available() {
                return false;
            }
        });
    }

    public HandwritingRecognizer handwriting() {
        return handwriting;
    }

    /** The modes offered, the default first. */
    public List<InputMode> modes() {
        return handwriting.available()
                ? List.of(InputMode.HANDWRITING, InputMode.PINYIN, InputMode.DIGITS)
                : List.of(InputMode.PINYIN, InputMode.DIGITS);
    }

    /** The mode a keyboard opens in: this visit's choice, else the default. */
    public InputMode mode() {
        List<InputMode> modes = modes();
        return chosen != null && modes.contains(chosen) ? chosen : modes.get(0);
    }

    void choose(InputMode mode) {
        chosen = mode;
    }

    /** The visit ended: the next visitor meets the default mode. */
    public void reset() {
        chosen = null;
    }
}

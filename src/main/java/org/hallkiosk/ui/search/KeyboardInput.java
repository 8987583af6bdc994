package org.hallkiosk.ui.search;

import java.util.List;
import org.hallkiosk.input.GlyphCheckedRecognizer;
import org.hallkiosk.input.HandwritingRecognizer;
import org.hallkiosk.input.Ink;
import org.hallkiosk.input.ZinniaRecognizer;

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
     * The kiosk's own: handwriting by Zinnia's model where {@link ZinniaRecognizer#forKiosk} finds one (the
     * Debian package's, or one beside the jar), its candidates checked against the CJK font's glyphs
     * ({@link GlyphCheckedRecognizer}); without a model, 手写 is hidden. Reads nothing yet.
     */
    public static KeyboardInput installed() {
        return new KeyboardInput(Installed.RECOGNIZER);
    }

    /**
     * One recogniser a process, made on first use: its model (28 MB) and glyph shapes (6 MB) are read once, not
     * again for every shell a hot reload, a preview sheet or a test builds. It is immutable once read.
     */
    private static final class Installed {
        static final HandwritingRecognizer RECOGNIZER = GlyphCheckedRecognizer.forKiosk();
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

    /**
     * Reads the handwriting model and works out the glyphs' shapes now (a few seconds of CPU), so that the
     * first visitor to write does not wait. Call off the FX thread.
     */
    public void warmUp() {
        if (handwriting.available()) {
            handwriting.recognize(new Ink(List.of(List.of(new Ink.Point(1, 1))), 2, 2), 1);
        }
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

    /** This mode for the rest of the visit. */
    public void choose(InputMode mode) {
        chosen = mode;
    }

    /** The visit ended: the next visitor meets the default mode. */
    public void reset() {
        chosen = null;
    }
}

package org.hallkiosk.input;

import java.util.List;

/**
 * Turns a written character into candidates, best first. Runs off the FX thread; never throws on odd ink
 * (one dot, a scribble, thousands of points): it answers candidates or none.
 */
public interface HandwritingRecognizer {

    /** At most {@code max} candidate characters for {@code ink}, best first; empty when nothing fits. */
    List<String> recognize(Ink ink, int max);

    /** True when a model is loaded and recognition can work; the keyboard hides 手写 otherwise. */
    boolean available();
}

package org.hallkiosk.input;

import java.util.List;

/**
 * What a finger wrote on the handwriting pad: strokes in the order written, each a list of points in the pad's
 * own coordinates (0,0 top left, {@code width} × {@code height}). No JavaFX, so a test or a benchmark can
 * write one as well as the pad.
 */
public record Ink(List<List<Point>> strokes, double width, double height) {

    /** One sampled point of a stroke. */
    public record Point(double x, double y) { }

    public Ink {
        strokes = strokes.stream().map(List::copyOf).toList();
    }

    public boolean isEmpty() {
        return strokes.stream().allMatch(List::isEmpty);
    }
}

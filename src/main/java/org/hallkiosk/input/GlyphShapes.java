package org.hallkiosk.input;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What characters look like in print: the {@link DirectionFeatures} of each character's glyph in a CJK font
 * the kiosk already has (Noto Sans CJK SC, the .deb's font; WenQuanYi, its alternatives), kept once worked out
 * (about 0.3 ms a glyph; 512 bytes each, at most one per character of the handwriting model: under 4 MB).
 * Thread-safe.
 */
final class GlyphShapes {

    /** Font families tried in order; the first the system has wins. */
    static final List<String> FAMILIES = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei");

    private static final byte[] NO_GLYPH = new byte[0];
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Font font;
    private final DirectionFeatures features;
    private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();

    GlyphShapes(Font font, DirectionFeatures features) {
        this.font = font;
        this.features = features;
    }

    /** The first of {@link #FAMILIES} installed, if any. */
    static Optional<Font> findFont() {
        for (String family : FAMILIES) {
            Font f = new Font(family, Font.PLAIN, 100);
            if (f.getFamily().equals(family) && f.canDisplayUpTo("永中国") == -1) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    Font font() {
        return font;
    }

    /** The glyph's features, or null when the font has no glyph for {@code character}. */
    float[] of(String character) {
        byte[] q = cache.computeIfAbsent(character, this::quantised);
        if (q.length == 0) {
            return null;
        }
        float[] out = new float[q.length];
        for (int i = 0; i < q.length; i++) {
            out[i] = (q[i] & 0xff) / 255f;
        }
        return out;
    }

    /**
     * {@link DirectionFeatures#distance} of {@code written} to the glyph of {@code character}, read straight
     * from the kept bytes; NaN when the font has no glyph for it.
     */
    double distance(float[] written, String character) {
        byte[] q = cache.computeIfAbsent(character, this::quantised);
        if (q.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < q.length; i++) {
            double d = written[i] - (q[i] & 0xff) / 255.0;
            sum += d * d;
        }
        return sum;
    }

    /** Features in bytes: each is in 0..1 (a unit vector of non-negative parts), 1/255 steps lose nothing seen. */
    private byte[] quantised(String character) {
        if (font.canDisplayUpTo(character) != -1) {
            return NO_GLYPH;
        }
        Shape outline = font.createGlyphVector(CONTEXT, character).getOutline();
        float[] f = features.ofOutline(outline);
        if (f == null) {
            return NO_GLYPH;
        }
        byte[] q = new byte[f.length];
        for (int i = 0; i < f.length; i++) {
            q[i] = (byte) Math.round(Math.min(1f, f[i]) * 255);
        }
        return q;
    }
}

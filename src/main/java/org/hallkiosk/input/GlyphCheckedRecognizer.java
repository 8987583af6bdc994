package org.hallkiosk.input;

import java.awt.Font;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 手写 as the kiosk does it: Zinnia's on-line model ({@link ZinniaRecognizer}) proposes candidates, and each is
 * checked against how the character looks in print. The visitor's ink and each candidate's glyph in the
 * kiosk's CJK font are turned into the same off-line shape features ({@link DirectionFeatures}: moment
 * normalisation, gradient directions on an 8 × 8 grid), and the candidates are ranked again by Zinnia's score
 * minus {@link #SHAPE_WEIGHT} × their shape distance. Zinnia knows the order and direction of strokes but
 * reads them through its authors' stroke orders and a few straight pieces each; the shape check does not care
 * about order at all. Together they put the right character first far more often than either alone.
 *
 * <p>Both constants were chosen on ink that the benchmark never sees: Make Me a Hanzi medians with noise of
 * 500 characters <em>outside</em> the 3,500 常用字 the benchmark measures (HandwritingFusionTuning, a fixed
 * seed of its own). There, top-1 / top-5 went from 0.760 / 0.860 (Zinnia alone) to 0.916 / 0.974 with 400
 * candidates and a weight of 12 (weights 8–20 within a point of each other; 40 candidates: 0.896 / 0.932).
 *
 * <p>Without a CJK font (none of {@link GlyphShapes#FAMILIES}) this answers as Zinnia alone. The glyphs'
 * features are worked out once, with the model, for every character the model knows (about 0.2 ms of CPU
 * each, some 1.5 s in all and 3.5 MB held): the first {@link #recognize} (the keyboard's warm-up, off the FX
 * thread) or {@link #load()} pays it. Thread-safe.
 */
public final class GlyphCheckedRecognizer implements HandwritingRecognizer {

    /** Zinnia's candidates checked by shape (the right character is among Zinnia's first 400 for 98 % of ink). */
    static final int CANDIDATES = 400;
    /** What one unit of shape distance (0 alike … 2 nothing alike) costs in Zinnia's score. */
    static final double SHAPE_WEIGHT = 12;

    private static final Logger LOG = Logger.getLogger(GlyphCheckedRecognizer.class.getName());

    private final ZinniaRecognizer zinnia;
    /** Where the font comes from: looked up on first use (AWT's font lookup costs tens of ms, not at start). */
    private final Supplier<Optional<Font>> fontSource;
    private volatile GlyphShapes glyphs;
    private volatile boolean fontLookedUp;
    private final DirectionFeatures features = new DirectionFeatures(DirectionFeatures.DEFAULT);
    private final InkNormalizer normalizer = new InkNormalizer(InkNormalizer.DEFAULT_FILL);
    private final Object loadLock = new Object();
    private volatile boolean glyphsReady;

    /** Zinnia's candidates checked against {@code font}'s glyphs; no font: Zinnia alone. */
    public GlyphCheckedRecognizer(ZinniaRecognizer zinnia, Optional<Font> font) {
        this(zinnia, () -> font);
    }

    private GlyphCheckedRecognizer(ZinniaRecognizer zinnia, Supplier<Optional<Font>> fontSource) {
        this.zinnia = zinnia;
        this.fontSource = fontSource;
    }

    /** Zinnia's candidates checked against the first of {@link GlyphShapes#FAMILIES} installed, if any. */
    public GlyphCheckedRecognizer(ZinniaRecognizer zinnia) {
        this(zinnia, (Supplier<Optional<Font>>) GlyphShapes::findFont);
    }

    /**
     * The kiosk's: the model {@link ZinniaRecognizer#forKiosk} finds, the first CJK font installed. Reads nothing
     * and looks up no font until first used (not at the kiosk's start).
     */
    public static GlyphCheckedRecognizer forKiosk() {
        return new GlyphCheckedRecognizer(ZinniaRecognizer.forKiosk());
    }

    /** The font the candidates are checked against, if any. */
    public Optional<Font> font() {
        GlyphShapes g = glyphs();
        return g == null ? Optional.empty() : Optional.of(g.font());
    }

    /** The glyphs' shapes in the font, the font looked up the first time; null without a CJK font. */
    private GlyphShapes glyphs() {
        if (!fontLookedUp) {
            synchronized (loadLock) {
                if (!fontLookedUp) {
                    glyphs = fontSource.get().map(f -> new GlyphShapes(f, features)).orElse(null);
                    fontLookedUp = true;
                }
            }
        }
        return glyphs;
    }

    @Override
    public boolean available() {
        return zinnia.available();
    }

    /**
     * Reads the model and works out every glyph's features now if not yet done (a few seconds of CPU; call
     * off the FX thread).
     *
     * @throws IOException as {@link ZinniaRecognizer#load()}
     */
    public ZinniaModel load() throws IOException {
        ZinniaModel model = zinnia.load();
        GlyphShapes glyphs = glyphs();
        if (glyphs != null && !glyphsReady) {
            synchronized (loadLock) {
                if (!glyphsReady) {
                    for (int c = 0; c < model.size(); c++) {
                        glyphs.of(model.label(c));
                    }
                    glyphsReady = true;
                }
            }
        }
        return model;
    }

    @Override
    public List<String> recognize(Ink ink, int max) {
        if (!available() || max <= 0) {
            return List.of();
        }
        try {
            load();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "handwriting recognition is off: " + e.getMessage(), e);
            return List.of();
        }
        GlyphShapes glyphs = glyphs();
        List<ZinniaRecognizer.Scored> proposed = zinnia.scored(ink, glyphs == null ? max : CANDIDATES);
        if (glyphs == null || proposed.size() < 2) {
            return labels(proposed, max);
        }
        try {
            return labels(checked(glyphs, ink, proposed), max);
        } catch (RuntimeException e) {
            // Odd ink must never reach the visitor as an error: Zinnia's own order stands.
            LOG.log(Level.WARNING, "handwriting shape check failed on one character", e);
            return labels(proposed, max);
        }
    }

    private List<ZinniaRecognizer.Scored> checked(GlyphShapes glyphs, Ink ink, List<ZinniaRecognizer.Scored> proposed) {
        float[][][] points = normalizer.normalize(ink);
        float[] written = points == null ? null : features.ofStrokes(points[0], points[1]);
        if (written == null) {
            return proposed;
        }
        List<ZinniaRecognizer.Scored> out = new ArrayList<>(proposed.size());
        for (ZinniaRecognizer.Scored s : proposed) {
            double distance = glyphs.distance(written, s.label());
            if (Double.isNaN(distance)) {
                distance = 2; // a character the font lacks: as unlike the ink as any shape can be
            }
            out.add(new ZinniaRecognizer.Scored(s.label(), s.score() - SHAPE_WEIGHT * distance));
        }
        out.sort(Comparator.comparingDouble(ZinniaRecognizer.Scored::score).reversed());
        return out;
    }

    private static List<String> labels(List<ZinniaRecognizer.Scored> scored, int max) {
        return scored.stream().limit(max).map(ZinniaRecognizer.Scored::label).toList();
    }
}

package org.hallkiosk.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.hallkiosk.testing.HandwritingAccuracy;
import org.hallkiosk.testing.HanziWriterData;
import org.hallkiosk.testing.NoisyInk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's 手写: Zinnia's candidates checked against the CJK font's glyphs (the Debian model and
 * fonts-noto-cjk, both installed by scripts/install-test-deps.sh), on ink that owes nothing to either.
 */
class GlyphCheckedRecognizerTest {

    private static ZinniaRecognizer zinnia;
    private static GlyphCheckedRecognizer recognizer;
    private static Font font;

    @BeforeAll
    static void load() throws IOException {
        assumeTrue(Files.isRegularFile(ZinniaRecognizer.DEBIAN_MODEL), "no " + ZinniaRecognizer.DEBIAN_MODEL);
        font = GlyphShapes.findFont().orElse(null);
        assumeTrue(font != null, "no CJK font: apt-get install fonts-noto-cjk (scripts/install-test-deps.sh does)");
        zinnia = new ZinniaRecognizer(ZinniaRecognizer.DEBIAN_MODEL);
        recognizer = new GlyphCheckedRecognizer(zinnia);
        recognizer.load();
    }

    /**
     * 206 of the 3,500 常用字 (every 17th) from hanzi-writer-data medians with noise, the same sample and seed as
     * ZinniaRecognizerTest's floor on Zinnia alone (top-5 0.888, top-1 0.743 there). Measured with the shape
     * check: 0.966 / 0.932 (the whole 3,500 in HandwritingBenchmark: 0.975 / 0.930); the floors sit about
     * three points below.
     */
    @Test
    void recognisesNoisyInkOfCommonCharactersAboveAFloor() throws IOException {
        HanziWriterData data = HanziWriterData.find().orElse(null);
        assumeTrue(data != null, "no hanzi-writer-data (scripts/install-test-deps.sh fetches it)");
        HandwritingAccuracy.Result r = HandwritingAccuracy.measure(recognizer, data,
                HandwritingAccuracy.commonCharacters(), 17, 20261129L, true);
        System.out.printf("handwriting sample with the shape check: %d characters, top-1 %.3f, top-5 %.3f%n",
                r.count(), r.top1Rate(), r.top5Rate());
        assertThat(r.count()).isGreaterThanOrEqualTo(200);
        assertThat(r.top5Rate()).isGreaterThanOrEqualTo(FLOOR_TOP5);
        assertThat(r.top1Rate()).isGreaterThanOrEqualTo(FLOOR_TOP1);
    }

    static final double FLOOR_TOP5 = 0.94;
    static final double FLOOR_TOP1 = 0.90;

    /** A square drawn in three strokes looks like 口 and not like 十, 一 or 人; a cross the other way round. */
    @Test
    void inkIsNearestTheGlyphOfItsOwnShape() {
        DirectionFeatures features = new DirectionFeatures(DirectionFeatures.DEFAULT);
        GlyphShapes glyphs = new GlyphShapes(font, features);
        float[] square = ink(features, new float[][][] {
            {{0.2f, 0.2f}, {0.2f, 0.8f}},
            {{0.2f, 0.2f}, {0.8f, 0.2f}, {0.8f, 0.8f}},
            {{0.2f, 0.8f}, {0.8f, 0.8f}}});
        float[] cross = ink(features, new float[][][] {
            {{0.1f, 0.45f}, {0.9f, 0.45f}},
            {{0.5f, 0.05f}, {0.5f, 0.95f}}});
        double squareToKou = glyphs.distance(square, "口");
        assertThat(squareToKou).isLessThan(glyphs.distance(square, "十"))
                .isLessThan(glyphs.distance(square, "一")).isLessThan(glyphs.distance(square, "人"));
        assertThat(glyphs.distance(cross, "十")).isLessThan(glyphs.distance(cross, "口"))
                .isLessThan(glyphs.distance(cross, "人"));
        assertThat(DirectionFeatures.distance(square, square)).isZero();
        assertThat(DirectionFeatures.distance(square, cross)).isGreaterThan(squareToKou);
    }

    /**
     * 十 and 人 written from Make Me a Hanzi's medians, without noise: Zinnia alone puts 日 and 入 first (its
     * templates are drawn otherwise); the shape check puts 十 and 人 first.
     */
    @Test
    void theShapeCheckPutsACharacterFirstWhereZinniaAloneDoesNot() throws IOException {
        HanziWriterData data = HanziWriterData.find().orElse(null);
        assumeTrue(data != null);
        for (String c : List.of("十", "人")) {
            Ink ink = NoisyInk.clean(data.medians(c));
            assertThat(zinnia.recognize(ink, 5)).isNotEmpty().first().isNotEqualTo(c);
            assertThat(recognizer.recognize(ink, 5)).startsWith(c);
        }
    }

    /**
     * One straight line is 一. Before the normalisation bounded how much more one axis is stretched than the
     * other, the font's 一 (a bar as thick as a stroke) was blown up into a block and 荼芥莠 came first.
     */
    @Test
    void oneStraightLineIsStillOne() {
        Ink yi = new Ink(List.of(line(60, 210, 340, 200)), 400, 400);
        assertThat(recognizer.recognize(yi, 5)).startsWith("一");
    }

    @Test
    void withoutAFontItAnswersAsZinniaAlone() throws IOException {
        HanziWriterData data = HanziWriterData.find().orElse(null);
        assumeTrue(data != null);
        GlyphCheckedRecognizer plain = new GlyphCheckedRecognizer(zinnia, Optional.empty());
        Ink ink = NoisyInk.write(data.medians("国"), new Random(3));
        assertThat(plain.font()).isEmpty();
        assertThat(plain.recognize(ink, 8)).isEqualTo(zinnia.recognize(ink, 8));
    }

    @Test
    void oddInkGivesCandidatesOrNoneNeverAnError() {
        Random random = new Random(5);
        List<Ink.Point> scribble = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            scribble.add(new Ink.Point(random.nextDouble() * 400, random.nextDouble() * 400));
        }
        List<Ink> odd = List.of(
                new Ink(List.of(), 400, 400),
                new Ink(List.of(List.of(new Ink.Point(200, 200))), 400, 400),
                new Ink(List.of(List.of(new Ink.Point(200, 200), new Ink.Point(200, 200))), 400, 400),
                new Ink(List.of(scribble), 400, 400),
                new Ink(List.of(line(0, 0, 1e9, 1e9), List.of(new Ink.Point(Double.NaN, 3))), 400, 400));
        for (Ink ink : odd) {
            assertThat(recognizer.recognize(ink, 8)).hasSizeLessThanOrEqualTo(8);
        }
    }

    private static List<Ink.Point> line(double x0, double y0, double x1, double y1) {
        List<Ink.Point> out = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            out.add(new Ink.Point(x0 + (x1 - x0) * i / 20, y0 + (y1 - y0) * i / 20));
        }
        return out;
    }

    private static float[] ink(DirectionFeatures features, float[][][] strokes) {
        float[][] xs = new float[strokes.length][];
        float[][] ys = new float[strokes.length][];
        for (int s = 0; s < strokes.length; s++) {
            xs[s] = new float[strokes[s].length];
            ys[s] = new float[strokes[s].length];
            for (int i = 0; i < strokes[s].length; i++) {
                xs[s][i] = strokes[s][i][0];
                ys[s][i] = strokes[s][i][1];
            }
        }
        return features.ofStrokes(xs, ys);
    }
}

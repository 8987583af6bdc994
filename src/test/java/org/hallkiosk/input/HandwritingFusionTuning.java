package org.hallkiosk.input;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.hallkiosk.testing.HandwritingAccuracy;
import org.hallkiosk.testing.HanziWriterData;
import org.hallkiosk.testing.NoisyInk;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where {@link GlyphCheckedRecognizer}'s two constants (candidates checked, shape weight) and
 * {@link DirectionFeatures#DEFAULT} came from: Make Me a Hanzi ink with noise (seed 4242) of 500 characters
 * drawn at random (seed 99) from those <em>outside</em> the 3,500 常用字 that the model and the font know, so
 * nothing here sees the ink of a character HandwritingBenchmark measures. Prints Zinnia's recall at 1…400
 * candidates, then top-1 / top-5 for a grid of candidate counts and weights. {@code -Dtune.all=true} also
 * tries the other feature settings tried once (pen, blur, slant, fill, stretch); {@code -Dtune.n=} another
 * sample size. Run with {@code mvn -B -o -Pbench verify -Dtest=HandwritingFusionTuning}.
 */
@Tag("bench")
class HandwritingFusionTuning {

    record Sample(String character, List<ZinniaRecognizer.Scored> candidates, float[][][] points) { }

    @Test
    void sweep() throws IOException {
        HanziWriterData data = HanziWriterData.find().orElse(null);
        assumeTrue(data != null);
        ZinniaRecognizer zinnia = new ZinniaRecognizer(ZinniaRecognizer.DEBIAN_MODEL);
        ZinniaModel model = zinnia.load();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < model.size(); i++) {
            labels.add(model.label(i));
        }
        Font font = GlyphShapes.findFont().orElseThrow();
        Set<String> common = new HashSet<>(HandwritingAccuracy.commonCharacters());
        List<String> pool = new ArrayList<>();
        try (Stream<Path> files = Files.list(data.dir())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .filter(c -> c.codePointCount(0, c.length()) == 1 && !common.contains(c) && labels.contains(c)
                            && font.canDisplayUpTo(c) == -1)
                    .sorted().forEach(pool::add);
        }
        Collections.shuffle(pool, new Random(99));
        int n = Integer.getInteger("tune.n", 500);
        List<String> chars = pool.subList(0, Math.min(n, pool.size()));
        System.out.printf("tuning pool %d characters outside the 常用字, using %d%n", pool.size(), chars.size());
        Random random = new Random(4242);
        InkNormalizer normalizer = new InkNormalizer(InkNormalizer.DEFAULT_FILL);
        List<Sample> samples = new ArrayList<>();
        for (String c : chars) {
            Ink ink = NoisyInk.write(data.medians(c), random);
            samples.add(new Sample(c, zinnia.scored(ink, Integer.getInteger("tune.k", 400)), normalizer.normalize(ink)));
        }
        for (int k : new int[] {1, 5, 10, 20, 30, 40, 100, 200, 400}) {
            long hit = samples.stream().filter(s -> s.candidates().stream().limit(k)
                    .anyMatch(x -> x.label().equals(s.character()))).count();
            System.out.printf("zinnia recall@%d %.3f%n", k, hit / (double) samples.size());
        }
        List<DirectionFeatures.Params> configs = new ArrayList<>();
        configs.add(DirectionFeatures.DEFAULT);
        if (Boolean.getBoolean("tune.all")) {
            configs.add(new DirectionFeatures.Params(2.5, 0.45, true, 0.8, 2));
            configs.add(new DirectionFeatures.Params(5, 0.45, true, 0.8, 2));
            configs.add(new DirectionFeatures.Params(3.5, 0.35, true, 0.8, 2));
            configs.add(new DirectionFeatures.Params(3.5, 0.6, true, 0.8, 2));
            configs.add(new DirectionFeatures.Params(3.5, 0.45, false, 0.8, 2));
            configs.add(new DirectionFeatures.Params(3.5, 0.45, true, 0.7, 2));
            configs.add(new DirectionFeatures.Params(3.5, 0.45, true, 0.9, 2));
            configs.add(new DirectionFeatures.Params(3.5, 0.45, true, 0.8, 1000));
        }
        for (DirectionFeatures.Params p : configs) {
            DirectionFeatures features = new DirectionFeatures(p);
            GlyphShapes glyphs = new GlyphShapes(font, features);
            long g0 = System.nanoTime();
            for (String c : HandwritingAccuracy.commonCharacters()) {
                glyphs.of(c);
            }
            System.out.printf("glyph features of the 3,500: %.2f s%n", (System.nanoTime() - g0) / 1e9);
            long t0 = System.nanoTime();
            double[][] z = new double[samples.size()][];
            double[][] d = new double[samples.size()][];
            for (int s = 0; s < samples.size(); s++) {
                Sample sample = samples.get(s);
                float[] inkF = sample.points() == null ? null : features.ofStrokes(sample.points()[0],
                        sample.points()[1]);
                z[s] = sample.candidates().stream().mapToDouble(ZinniaRecognizer.Scored::score).toArray();
                d[s] = new double[z[s].length];
                for (int i = 0; i < z[s].length; i++) {
                    float[] g = glyphs.of(sample.candidates().get(i).label());
                    d[s][i] = inkF == null || g == null ? 2 : DirectionFeatures.distance(inkF, g);
                }
            }
            System.out.printf("%s: %.1f s%n", p, (System.nanoTime() - t0) / 1e9);
            for (int top : new int[] {20, 40, 100, 200, 400}) {
                StringBuilder line = new StringBuilder("  N=" + top + ":");
                for (double lambda : new double[] {0, 5, 8, 12, 16, 20, 30, 50, 1000}) {
                    int[] hits = evaluate(samples, z, d, top, lambda);
                    line.append(String.format(" λ%s %.3f/%.3f", lambda, hits[0] / (double) samples.size(),
                            hits[1] / (double) samples.size()));
                }
                System.out.println(line);
            }
        }
    }

    private static int[] evaluate(List<Sample> samples, double[][] z, double[][] d, int top, double lambda) {
        int top1 = 0;
        int top5 = 0;
        for (int s = 0; s < samples.size(); s++) {
            int n = Math.min(top, z[s].length);
            Integer[] order = new Integer[n];
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
                score[i] = z[s][i] - lambda * d[s][i];
            }
            Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
            String want = samples.get(s).character();
            for (int r = 0; r < Math.min(5, n); r++) {
                if (samples.get(s).candidates().get(order[r]).label().equals(want)) {
                    top5++;
                    if (r == 0) {
                        top1++;
                    }
                }
            }
        }
        return new int[] {top1, top5};
    }
}

package org.hallkiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.List;
import org.hallkiosk.input.GlyphCheckedRecognizer;
import org.hallkiosk.input.ZinniaModel;
import org.hallkiosk.input.ZinniaRecognizer;
import org.hallkiosk.testing.HandwritingAccuracy;
import org.hallkiosk.testing.HanziWriterData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The figures of issue 10, item 1 (手写): model load time and heap, milliseconds per character (wall and
 * thread CPU, p50/p95), top-1 and top-5 over all 3,500 常用字 written from hanzi-writer-data medians with noise
 * (see NoisyInk), and the same without noise as the ceiling this model reaches on that ink. Aims: top-5 ≥ 95 %,
 * top-1 ≥ 85 %, under 50 ms. Run with {@code mvn -B -o -Pbench verify -Dtest=HandwritingBenchmark}; add
 * {@code -Dhallkiosk.bench.step=5} to measure every 5th character only while trying an idea (the floors then
 * still apply; the figures to report are the whole 3,500's).
 */
@Tag("bench")
class HandwritingBenchmark {

    static final String STEP_PROPERTY = "hallkiosk.bench.step";

    @Test
    void figures() throws IOException {
        assumeTrue(Files.isRegularFile(ZinniaRecognizer.DEBIAN_MODEL), "no " + ZinniaRecognizer.DEBIAN_MODEL);
        HanziWriterData data = HanziWriterData.find().orElse(null);
        assumeTrue(data != null, "no hanzi-writer-data (scripts/install-test-deps.sh)");

        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        ZinniaRecognizer zinnia = new ZinniaRecognizer(ZinniaRecognizer.DEBIAN_MODEL);
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ZinniaModel model = zinnia.load();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        double loadCpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        System.out.printf("model: %s, %,d characters, %,d weights over %,d features%n",
                ZinniaRecognizer.DEBIAN_MODEL, model.size(), model.weights(), model.slots());
        System.out.printf("model load: %.0f ms wall, %.0f ms CPU, heap held: %.1f MB%n", loadMs, loadCpuMs,
                (heapAfter - heapBefore) / 1e6);
        GlyphCheckedRecognizer recognizer = new GlyphCheckedRecognizer(zinnia);
        System.out.println("shape check against: " + recognizer.font().map(Font::getFontName).orElse("no CJK font"));
        cpu0 = threads.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        recognizer.load();
        System.gc();
        System.out.printf("glyph shapes of all %,d characters: %.0f ms wall, %.0f ms CPU, heap held: %.1f MB%n",
                model.size(), (System.nanoTime() - t0) / 1e6, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6,
                (rt.totalMemory() - rt.freeMemory() - heapAfter) / 1e6);
        System.out.printf("machine load average while measuring: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                rt.availableProcessors());

        List<String> common = HandwritingAccuracy.commonCharacters();
        long known = common.stream().filter(c -> {
            for (int i = 0; i < model.size(); i++) {
                if (model.label(i).equals(c)) {
                    return true;
                }
            }
            return false;
        }).count();
        System.out.printf("常用字 the model knows: %d of %d%n", known, common.size());

        int step = Integer.getInteger(STEP_PROPERTY, 1);
        System.out.printf("measuring every %d. of the 常用字 (-D%s)%n", step, STEP_PROPERTY);
        HandwritingAccuracy.measure(recognizer, data, common, 7 * step, 1L, true); // warm-up
        HandwritingAccuracy.Result noisy = HandwritingAccuracy.measure(recognizer, data, common, step, 20261129L,
                true);
        HandwritingAccuracy.Result clean = HandwritingAccuracy.measure(recognizer, data, common, step, 0L, false);
        HandwritingAccuracy.Result alone = HandwritingAccuracy.measure(zinnia, data, common, step, 20261129L, true);
        report("noisy ink", noisy);
        report("clean medians (no noise)", clean);
        report("noisy ink, Zinnia alone (no shape check)", alone);
        // Where to look next: every character the clean medians miss.
        System.out.println("clean misses (character→top 5): " + String.join(" ", clean.misses()));
        System.out.println("first 60 noisy misses (character→top 5): " + String.join(" ",
                noisy.misses().subList(0, Math.min(60, noisy.misses().size()))));
        System.out.printf("aims: top-5 >= 0.95 %s, top-1 >= 0.85 %s, p95 < 50 ms %s%n",
                noisy.top5Rate() >= 0.95 ? "met" : "NOT met", noisy.top1Rate() >= 0.85 ? "met" : "NOT met",
                noisy.cpuMillis(0.95) < 50 ? "met (CPU)" : "NOT met");
        // Floors below the measured figures: a regression in the port or the normalisation trips them.
        assertThat(noisy.top5Rate()).isGreaterThanOrEqualTo(0.95);
        assertThat(noisy.top1Rate()).isGreaterThanOrEqualTo(0.90);
    }

    private static void report(String what, HandwritingAccuracy.Result r) {
        System.out.printf("%s: %d characters (%d without medians), top-1 %.3f, top-5 %.3f; ms per character: "
                + "wall p50 %.1f p95 %.1f, CPU p50 %.1f p95 %.1f%n", what, r.count(), r.missing(), r.top1Rate(),
                r.top5Rate(), r.wallMillis(0.5), r.wallMillis(0.95), r.cpuMillis(0.5), r.cpuMillis(0.95));
    }
}

package org.hallkiosk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hallkiosk.input.HandwritingRecognizer;
import org.hallkiosk.input.Ink;

/**
 * Writes each character with {@link NoisyInk} from its hanzi-writer-data medians and counts how often the
 * recogniser puts it first and among the first five. Per-character time is taken both on the wall clock and
 * as this thread's CPU time (the build machine is shared; CPU time is what the kiosk's core would spend).
 */
public final class HandwritingAccuracy {

    /** @param missing characters the test data has no medians for (not counted) */
    public record Result(int count, int top1, int top5, int missing, long[] wallNanos, long[] cpuNanos,
            List<String> misses) {

        public double top1Rate() {
            return count == 0 ? 0 : top1 / (double) count;
        }

        public double top5Rate() {
            return count == 0 ? 0 : top5 / (double) count;
        }

        public double wallMillis(double quantile) {
            return quantile(wallNanos, quantile) / 1e6;
        }

        public double cpuMillis(double quantile) {
            return quantile(cpuNanos, quantile) / 1e6;
        }

        private static double quantile(long[] nanos, double q) {
            if (nanos.length == 0) {
                return 0;
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
        }
    }

    private HandwritingAccuracy() { }

    /** The 3,500 常用字 (通用规范汉字表 一级), in the table's order. */
    public static List<String> commonCharacters() {
        try (InputStream in = HandwritingAccuracy.class.getResourceAsStream("/org/hallkiosk/input/common-3500.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code step}-th of {@code characters}, written once each with noise drawn from {@code seed}. */
    public static Result measure(HandwritingRecognizer recognizer, HanziWriterData data, List<String> characters,
            int step, long seed, boolean noise) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Random random = new Random(seed);
        int count = 0;
        int top1 = 0;
        int top5 = 0;
        int missing = 0;
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < characters.size(); i += step) {
            String c = characters.get(i);
            List<double[][]> medians = data.medians(c);
            if (medians.isEmpty()) {
                missing++;
                continue;
            }
            Ink ink = noise ? NoisyInk.write(medians, random) : NoisyInk.clean(medians);
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            List<String> got = recognizer.recognize(ink, 10);
            wall.add(System.nanoTime() - wall0);
            cpu.add(threads.getCurrentThreadCpuTime() - cpu0);
            count++;
            if (!got.isEmpty() && got.get(0).equals(c)) {
                top1++;
            }
            if (got.subList(0, Math.min(5, got.size())).contains(c)) {
                top5++;
            } else {
                misses.add(c + "→" + String.join("", got.subList(0, Math.min(5, got.size()))));
            }
        }
        return new Result(count, top1, top5, missing, wall.stream().mapToLong(Long::longValue).toArray(),
                cpu.stream().mapToLong(Long::longValue).toArray(), misses);
    }
}

package org.hallkiosk.input;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hallkiosk.config.KioskHome;

/**
 * 手写 recognition with Zinnia's Simplified Chinese model as Debian packages it
 * ({@code tegaki-zinnia-simplified-chinese}, LGPL-2.1+, about 6,800 characters), read and scored in pure Java.
 *
 * <p>Why this way: the model is the one Linux desktops' handwriting input (Tegaki, ibus) used, trained on
 * characters drawn stroke by stroke by hand, and it is a Debian package the kiosk can depend on. Reading its format
 * ({@link ZinniaModel}) and porting Zinnia's feature extraction ({@link ZinniaFeatures}, BSD) is a few hundred
 * lines and runs in the jar, the app image and on Windows alike; JNA to {@code libzinnia0} would be Linux-only
 * and a native crash would take the kiosk down. Stroke matching on Make Me a Hanzi's medians was the other
 * way; those medians are kept as the independent test ink instead (see the benchmark). The port ranks exactly
 * as libzinnia 0.06 does (ZinniaRecognizerTest holds 20 inks to that); on top of it this class normalises the
 * ink's box, splits strokes a little less eagerly and also scores the strokes in a few other orders
 * ({@link StrokeOrders}: neighbours swapped; 辶, 匚, 女, 山, 火 and 阝 written as taught put in the model's own
 * order), keeping each class's best.
 * Measured on all 3,500 常用字 written from Make Me a Hanzi's medians with noise (HandwritingBenchmark): see
 * the report of issue 10; the model's own stroke orders differ from the standard ones for some characters,
 * which caps what any reading of it reaches.
 *
 * <p>Where the model is looked for, first found wins: {@code -Dhallkiosk.handwriting.model}; {@code
 * handwriting-zh_CN.model} in the kiosk home; the same name beside the jar (the app image's {@code app/});
 * the Debian package's {@code /usr/share/tegaki/models/zinnia/handwriting-zh_CN.model}. None found:
 * {@link #available()} is false and the keyboard hides 手写.
 *
 * <p>The model (27 MB file, about 1 s of CPU to read, 28 MB of heap once read) is read on the first
 * {@link #recognize} or an explicit {@link #load()}, never in the constructor: build this anywhere, call
 * {@code load()} or {@code recognize} off the FX thread. Thread-safe: the model is immutable once read and
 * each call has its own work arrays. A model that cannot be read is logged once and makes this unavailable.
 */
public final class ZinniaRecognizer implements HandwritingRecognizer {

    public static final String MODEL_PROPERTY = "hallkiosk.handwriting.model";
    public static final String MODEL_FILE_NAME = "handwriting-zh_CN.model";
    public static final Path DEBIAN_MODEL = Path.of("/usr/share/tegaki/models/zinnia", MODEL_FILE_NAME);

    private static final Logger LOG = Logger.getLogger(ZinniaRecognizer.class.getName());

    /**
     * Segments split only at points more than √0.004 ≈ 6 % of the box off their chord, where Zinnia splits at
     * 3 %: a finger's wobble and a stroke's tiny end hooks then stop adding segments that the model's
     * templates (drawn as a few straight pieces) do not have. Measured on the benchmark's noisy ink: +1.6
     * points top-1, +1.4 top-5 over Zinnia's own threshold.
     */
    static final float SPLIT_ERROR = 0.004f;

    private final Path modelFile;
    private final InkNormalizer normalizer = new InkNormalizer(InkNormalizer.DEFAULT_FILL);
    private final Object loadLock = new Object();
    private volatile ZinniaModel model;
    private volatile boolean failed;

    /** Recognises with the model at {@code modelFile}; null or a missing file: not available. */
    public ZinniaRecognizer(Path modelFile) {
        this.modelFile = modelFile != null && Files.isRegularFile(modelFile) ? modelFile : null;
    }

    /** The kiosk's recogniser: the first model found where the class comment says. Reads nothing yet. */
    public static ZinniaRecognizer forKiosk() {
        return new ZinniaRecognizer(findModel(modelCandidates(System.getProperty(MODEL_PROPERTY),
                KioskHome.current().dir(), jarFolder())).orElse(null));
    }

    /** Where a model is looked for, in order; any argument may be null. */
    static List<Path> modelCandidates(String property, Path kioskHome, Path jarFolder) {
        List<Path> out = new ArrayList<>();
        if (property != null && !property.isBlank()) {
            out.add(Path.of(property));
        }
        if (kioskHome != null) {
            out.add(kioskHome.resolve(MODEL_FILE_NAME));
        }
        if (jarFolder != null) {
            out.add(jarFolder.resolve(MODEL_FILE_NAME));
        }
        out.add(DEBIAN_MODEL);
        return out;
    }

    static Optional<Path> findModel(List<Path> candidates) {
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private static Path jarFolder() {
        try {
            var source = ZinniaRecognizer.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI()).getParent();
        } catch (URISyntaxException | RuntimeException e) {
            LOG.log(Level.FINE, "cannot tell where the jar is; not looking for a model beside it", e);
            return null;
        }
    }

    /** The model file this recogniser reads, if one was found. */
    public Optional<Path> modelFile() {
        return Optional.ofNullable(modelFile);
    }

    @Override
    public boolean available() {
        return modelFile != null && !failed;
    }

    /**
     * Reads the model now if not yet read (blocks about a second; call off the FX thread).
     *
     * @throws IOException when there is no model or it cannot be read ({@link ZinniaModel.InvalidModelException}
     *     for a broken file); from then on {@link #available()} is false
     */
    public ZinniaModel load() throws IOException {
        ZinniaModel m = model;
        if (m != null) {
            return m;
        }
        synchronized (loadLock) {
            if (model != null) {
                return model;
            }
            if (modelFile == null) {
                throw new IOException("no handwriting model (" + MODEL_FILE_NAME + ") found");
            }
            try {
                model = ZinniaModel.read(modelFile);
                return model;
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                failed = true;
                throw e instanceof IOException io ? io : new IOException(modelFile + ": " + e, e);
            }
        }
    }

    @Override
    public List<String> recognize(Ink ink, int max) {
        return scored(ink, max).stream().map(Scored::label).toList();
    }

    /** One candidate with the model's score for it (higher is better; comparable within one ink only). */
    public record Scored(String label, double score) { }

    /** As {@link #recognize}, with each candidate's score. */
    public List<Scored> scored(Ink ink, int max) {
        if (!available() || max <= 0) {
            return List.of();
        }
        ZinniaModel m;
        try {
            m = load();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "handwriting recognition is off: " + e.getMessage(), e);
            return List.of();
        }
        try {
            return recognize(m, ink, max);
        } catch (RuntimeException e) {
            // Odd ink must never reach the visitor as an error; none is known to get here.
            LOG.log(Level.WARNING, "handwriting recognition failed on one character", e);
            return List.of();
        }
    }

    private List<Scored> recognize(ZinniaModel m, Ink ink, int max) {
        float[][][] points = normalizer.normalize(ink);
        if (points == null) {
            return List.of();
        }
        ZinniaFeatures.Vector written = ZinniaFeatures.of(points[0], points[1], SPLIT_ERROR);
        double[] scores = new double[m.size()];
        m.biasInto(scores);
        addScores(m, written.index(), written.value(), written.index().length, scores);
        double[] best = scores.clone();
        int n = points[0].length;
        if (n > 1) {
            double[] other = new double[scores.length];
            for (StrokeOrders.Variant v : StrokeOrders.variants(points[0], points[1])) {
                int[] order = v.order();
                float[][] xs = new float[n][];
                float[][] ys = new float[n][];
                for (int i = 0; i < n; i++) {
                    xs[i] = points[0][order[i]];
                    ys[i] = points[1][order[i]];
                }
                // Only the features of the strokes that moved differ: score the difference.
                ZinniaFeatures.Vector f = ZinniaFeatures.of(xs, ys, SPLIT_ERROR);
                int[][] diffIndex = new int[1][];
                float[][] diffValue = new float[1][];
                int count = difference(f, written, diffIndex, diffValue);
                System.arraycopy(scores, 0, other, 0, scores.length);
                addScores(m, diffIndex[0], diffValue[0], count, other);
                for (int c = 0; c < other.length; c++) {
                    best[c] = Math.max(best[c], other[c] - v.penalty());
                }
            }
        }
        return best(m, best, Math.min(max, m.size()));
    }

    /** {@code a - b} as sparse (index, value) where they differ; both are sorted by index. */
    private static int difference(ZinniaFeatures.Vector a, ZinniaFeatures.Vector b, int[][] index, float[][] value) {
        int[] ai = a.index();
        int[] bi = b.index();
        int[] outI = new int[ai.length + bi.length];
        float[] outV = new float[outI.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ai.length || j < bi.length) {
            if (j == bi.length || (i < ai.length && ai[i] < bi[j])) {
                outI[n] = ai[i];
                outV[n++] = a.value()[i++];
            } else if (i == ai.length || bi[j] < ai[i]) {
                outI[n] = bi[j];
                outV[n++] = -b.value()[j++];
            } else {
                float d = a.value()[i] - b.value()[j];
                if (d != 0) {
                    outI[n] = ai[i];
                    outV[n++] = d;
                }
                i++;
                j++;
            }
        }
        index[0] = outI;
        value[0] = outV;
        return n;
    }

    private static void addScores(ZinniaModel m, int[] index, float[] value, int length, double[] scores) {
        int[] slots = new int[length];
        float[] values = new float[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            int slot = m.slotOf(index[i]);
            if (slot >= 0) { // a feature no class weighs adds nothing
                slots[count] = slot;
                values[count++] = value[i];
            }
        }
        m.addScores(slots, values, count, scores);
    }

    /** The {@code n} best classes, best first (a heap of n: no sort of all classes). */
    private static List<Scored> best(ZinniaModel m, double[] scores, int n) {
        PriorityQueue<Integer> worstFirst = new PriorityQueue<>(n + 1,
                Comparator.comparingDouble((Integer c) -> scores[c]).thenComparing(c -> -c));
        for (int c = 0; c < scores.length; c++) {
            if (Double.isNaN(scores[c])) {
                continue;
            }
            if (worstFirst.size() < n) {
                worstFirst.add(c);
            } else if (scores[c] > scores[worstFirst.peek()]) {
                worstFirst.poll();
                worstFirst.add(c);
            }
        }
        Scored[] out = new Scored[worstFirst.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            int c = worstFirst.poll();
            out[i] = new Scored(m.label(c), scores[c]);
        }
        return List.of(out);
    }
}

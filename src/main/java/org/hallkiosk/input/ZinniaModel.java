package org.hallkiosk.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A Zinnia handwriting model ({@code *.model}, the binary form written by {@code zinnia_convert}), read into
 * plain arrays. Layout, all little-endian: {@code uint32 magic} (the file size XOR 0x0EF71821), {@code uint32
 * version} (1), {@code uint32 count}, then {@code count} times: the character (16 bytes, UTF-8, NUL padded),
 * {@code float bias}, and (int index, float weight) pairs ended by index -1. Every read is bounds-checked, so a
 * truncated or corrupt file gives an {@link InvalidModelException} naming what is wrong, never an index error.
 *
 * <p>Feature indices are remapped to dense slots, and the weights stored slot by slot (class, weight): an
 * input touches a few hundred of the model's 4,695 features, so scoring walks only their weights (about 1 ms
 * for all 6,763 classes). Immutable after reading; safe to share between threads. Heap for the Simplified
 * Chinese model (26.8 MB file): 27.7 MB held (measured by HandwritingBenchmark); about 90 MB more while
 * reading (the file and two passes' arrays), released once read.
 */
public final class ZinniaModel {

    static final int MAGIC = 0x0EF71821;
    static final int VERSION = 1;
    /** Larger than any real model (the Chinese one is 27 MB); stops a wrong file from filling the heap. */
    static final long MAX_FILE_BYTES = 256L << 20;
    private static final int LABEL_BYTES = 16;
    private static final int NODE_BYTES = 8;

    private final String[] labels;
    private final float[] bias;
    /** Distinct feature indices, ascending; a feature's slot is its position here. */
    private final int[] featureIndex;
    /** The weights of slot s, by class: {@code postingClass[k], postingWeight[k]} for k in start[s]..start[s+1]. */
    private final int[] postingStart;
    private final int[] postingClass;
    private final float[] postingWeight;

    private ZinniaModel(String[] labels, float[] bias, int[] featureIndex, int[] postingStart, int[] postingClass,
            float[] postingWeight) {
        this.labels = labels;
        this.bias = bias;
        this.featureIndex = featureIndex;
        this.postingStart = postingStart;
        this.postingClass = postingClass;
        this.postingWeight = postingWeight;
    }

    /** A model whose file is broken: truncated, a wrong magic or version, a bad label or weight. */
    public static final class InvalidModelException extends IOException {
        InvalidModelException(String message) {
            super(message);
        }
    }

    /** Reads {@code file}; {@link InvalidModelException} when it is not a sound Zinnia model. */
    public static ZinniaModel read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > MAX_FILE_BYTES) {
                throw new InvalidModelException(file + ": " + size + " bytes, larger than any Zinnia model ("
                        + MAX_FILE_BYTES + ")");
            }
            ByteBuffer buf = ByteBuffer.allocate((int) size);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // read all of it
            }
            buf.flip();
            return parse(buf, file.toString());
        }
    }

    /** Parses a whole model held in {@code data}; {@code name} only labels error messages. */
    public static ZinniaModel parse(ByteBuffer data, String name) throws InvalidModelException {
        ByteBuffer buf = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        buf.position(0);
        long size = buf.limit();
        if (size < 12) {
            throw new InvalidModelException(name + ": not a Zinnia model (" + size + " bytes, the header is 12)");
        }
        long magic = Integer.toUnsignedLong(buf.getInt());
        if ((magic ^ MAGIC) != size) {
            throw new InvalidModelException(name + ": not a Zinnia model or truncated (header says "
                    + (magic ^ MAGIC) + " bytes, the file has " + size + ")");
        }
        int version = buf.getInt();
        if (version != VERSION) {
            throw new InvalidModelException(name + ": Zinnia model version " + Integer.toUnsignedString(version)
                    + ", only version " + VERSION + " is read");
        }
        long count = Integer.toUnsignedLong(buf.getInt());
        long minimum = LABEL_BYTES + 4 + NODE_BYTES;
        if (count == 0 || count > (size - 12) / minimum) {
            throw new InvalidModelException(name + ": " + count + " characters cannot fit in " + size + " bytes");
        }
        int n = (int) count;
        int body = buf.position();

        // Pass 1: check every record and count the weights.
        int[] start = new int[n + 1];
        long total = 0;
        for (int c = 0; c < n; c++) {
            start[c] = (int) total;
            need(buf, LABEL_BYTES + 4, name, c);
            buf.position(buf.position() + LABEL_BYTES + 4);
            while (true) {
                need(buf, NODE_BYTES, name, c);
                int index = buf.getInt();
                float w = buf.getFloat();
                if (index == -1) {
                    break;
                }
                if (index < 0 || !Float.isFinite(w)) {
                    throw new InvalidModelException(name + ": character " + c + " has a broken weight (index "
                            + index + ", value " + w + ")");
                }
                total++;
            }
        }
        if (buf.position() != size) {
            throw new InvalidModelException(name + ": " + (size - buf.position())
                    + " bytes after the last character; the file is not a Zinnia model");
        }
        start[n] = (int) total;

        // Pass 2: fill the arrays.
        String[] labels = new String[n];
        float[] bias = new float[n];
        int[] index = new int[(int) total];
        float[] weight = new float[(int) total];
        buf.position(body);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] label = new byte[LABEL_BYTES];
        int k = 0;
        for (int c = 0; c < n; c++) {
            buf.get(label);
            int len = 0;
            while (len < LABEL_BYTES && label[len] != 0) {
                len++;
            }
            try {
                labels[c] = decoder.decode(ByteBuffer.wrap(label, 0, len)).toString();
            } catch (CharacterCodingException e) {
                throw new InvalidModelException(name + ": character " + c + " is not UTF-8");
            }
            if (labels[c].isEmpty()) {
                throw new InvalidModelException(name + ": character " + c + " has an empty label");
            }
            bias[c] = buf.getFloat();
            if (!Float.isFinite(bias[c])) {
                throw new InvalidModelException(name + ": character " + c + " has a broken bias");
            }
            for (int i; (i = buf.getInt()) != -1; k++) {
                index[k] = i;
                weight[k] = buf.getFloat();
            }
            buf.getFloat();
        }

        // Slot-major: an input touches a few hundred of the model's features, so scoring walks only their weights.
        int[] distinct = index.clone();
        Arrays.sort(distinct);
        int d = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (d == 0 || distinct[d - 1] != distinct[i]) {
                distinct[d++] = distinct[i];
            }
        }
        distinct = Arrays.copyOf(distinct, d);
        int[] slotOfWeight = new int[index.length];
        int[] postingStart = new int[d + 1];
        for (int i = 0; i < index.length; i++) {
            slotOfWeight[i] = Arrays.binarySearch(distinct, index[i]);
            postingStart[slotOfWeight[i] + 1]++;
        }
        for (int s = 0; s < d; s++) {
            postingStart[s + 1] += postingStart[s];
        }
        int[] fillAt = Arrays.copyOf(postingStart, d);
        int[] postingClass = new int[index.length];
        float[] postingWeight = new float[index.length];
        for (int c = 0; c < n; c++) {
            for (int w = start[c]; w < start[c + 1]; w++) {
                int at = fillAt[slotOfWeight[w]]++;
                postingClass[at] = c;
                postingWeight[at] = weight[w];
            }
        }
        return new ZinniaModel(labels, bias, distinct, postingStart, postingClass, postingWeight);
    }

    private static void need(ByteBuffer buf, int bytes, String name, int c) throws InvalidModelException {
        if (buf.remaining() < bytes) {
            throw new InvalidModelException(name + ": truncated inside character " + c);
        }
    }

    /** How many characters the model knows. */
    public int size() {
        return labels.length;
    }

    /** The character of class {@code c}. */
    public String label(int c) {
        return labels[c];
    }

    /** How many distinct features the weights use. */
    public int slots() {
        return featureIndex.length;
    }

    /** How many weights in all. */
    public int weights() {
        return postingWeight.length;
    }

    /** The slot of feature {@code index}, or -1 when no class weighs it. */
    int slotOf(int index) {
        int s = Arrays.binarySearch(featureIndex, index);
        return s < 0 ? -1 : s;
    }

    /**
     * Adds to {@code out} every class's score for the sparse features ({@code slots[i]}, {@code values[i]}),
     * {@code out} starting from {@link #biasInto}: Zinnia's bias + w·x, higher is better.
     */
    void addScores(int[] slots, float[] values, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            float v = values[i];
            for (int k = postingStart[slots[i]], end = postingStart[slots[i] + 1]; k < end; k++) {
                out[postingClass[k]] += postingWeight[k] * v;
            }
        }
    }

    /** Sets {@code out[c]} to class c's bias. */
    void biasInto(double[] out) {
        for (int c = 0; c < bias.length; c++) {
            out[c] = bias[c];
        }
    }
}

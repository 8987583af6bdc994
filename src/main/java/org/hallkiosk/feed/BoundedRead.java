package org.hallkiosk.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a stream into memory, refusing it as soon as it passes its bound. */
public final class BoundedRead {

    /**
     * Up to this bound (an item's stated size, say) the bytes are read straight into an array of the bound:
     * no buffer, no growing, no copy when the size is as stated. A first sync reads twenty thousand items.
     */
    private static final int EXACT_UP_TO = 1024 * 1024;

    private BoundedRead() {
    }

    private static byte[] readUpTo(InputStream in, int max, String what) throws IOException, FeedException {
        byte[] bytes = new byte[max];
        int filled = in.readNBytes(bytes, 0, max);
        if (filled < max) {
            return Arrays.copyOf(bytes, filled);
        }
        if (in.read() != -1) {
            throw new FeedException("feed.tooLarge", what, Long.toString(max));
        }
        return bytes;
    }

    /**
     * @param what names the file in the refusal, e.g. {@code items/x.json}
     * @throws FeedException {@code feed.tooLarge} as soon as more than {@code max} bytes arrive
     */
    public static byte[] readAll(InputStream in, long max, String what) throws IOException, FeedException {
        if (max <= EXACT_UP_TO) {
            return readUpTo(in, (int) max, what);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                throw new FeedException("feed.tooLarge", what, Long.toString(max));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}

package org.hallkiosk.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory, refusing it as soon as it passes its bound. */
public final class BoundedRead {

    private BoundedRead() {
    }

    /**
     * @param what names the file in the refusal, e.g. {@code items/x.json}
     * @throws FeedException {@code feed.tooLarge} as soon as more than {@code max} bytes arrive
     */
    public static byte[] readAll(InputStream in, long max, String what) throws IOException, FeedException {
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

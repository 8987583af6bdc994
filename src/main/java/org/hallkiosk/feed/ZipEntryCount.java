package org.hallkiosk.feed;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Counts the entries of a zip's central directory before the zip is opened, holding none of them: the end
 * record's count, and a walk over the directory's headers (the count a zip states can lie; the headers are what
 * a zip reader builds its entries from). Stops as soon as the count passes {@code limit}.
 */
final class ZipEntryCount {

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipEntryCount() {
    }

    /** The number of entries, or a number above {@code limit} as soon as there are more than that. */
    static long count(Path zip, long limit) throws IOException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + MAX_COMMENT);
            ByteBuffer end = read(ch, size - tail, tail);
            int at = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == EOCD) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return 0; // not a zip: the reader says so in its own words
            }
            long stated = end.getShort(at + 10) & 0xFFFF;
            long cdOffset = end.getInt(at + 16) & 0xFFFFFFFFL;
            long eocdPos = size - tail + at;
            if ((stated == 0xFFFF || cdOffset == 0xFFFFFFFFL) && eocdPos >= 20) {
                ByteBuffer locator = read(ch, eocdPos - 20, 20);
                if (locator.getInt(0) == ZIP64_LOCATOR) {
                    ByteBuffer zip64 = read(ch, locator.getLong(8), 56);
                    if (zip64.getInt(0) == ZIP64_EOCD) {
                        stated = zip64.getLong(32);
                        cdOffset = zip64.getLong(48);
                    }
                }
            }
            if (stated < 0 || stated > limit) {
                return stated < 0 ? Long.MAX_VALUE : stated;
            }
            return Math.max(stated, walk(ch, cdOffset, eocdPos, limit));
        }
    }

    /** Counts central headers from {@code offset}, reading the directory a window at a time. */
    private static long walk(FileChannel ch, long offset, long end, long limit) throws IOException {
        long count = 0;
        long pos = offset;
        ByteBuffer window = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        long windowStart = pos;
        window.limit(0);
        while (pos + 46 <= end && count <= limit) {
            if (pos + 46 > windowStart + window.limit()) {
                windowStart = pos;
                window.clear();
                window.limit((int) Math.min(window.capacity(), end - pos));
                readFully(ch, window, pos);
                window.flip();
            }
            int at = (int) (pos - windowStart);
            if (window.getInt(at) != CENTRAL_HEADER) {
                break;
            }
            int name = window.getShort(at + 28) & 0xFFFF;
            int extra = window.getShort(at + 30) & 0xFFFF;
            int comment = window.getShort(at + 32) & 0xFFFF;
            pos += 46L + name + extra + comment;
            count++;
        }
        return count;
    }

    private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, b, position);
        return b;
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long position) throws IOException {
        long at = position;
        while (b.hasRemaining()) {
            int n = ch.read(b, at);
            if (n < 0) {
                throw new EOFException("zip ends early");
            }
            at += n;
        }
    }
}

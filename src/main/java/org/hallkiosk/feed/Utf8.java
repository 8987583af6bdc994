package org.hallkiosk.feed;

/** Strict UTF-8 (RFC 3629), checked without decoding: no overlong forms, no surrogates, nothing past U+10FFFF. */
final class Utf8 {

    private Utf8() {
    }

    /** The index of the first byte that does not start a valid sequence, or -1 when all of them are valid. */
    static int firstInvalid(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return i;
            }
            if (i + len > n) {
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return i;
            }
            for (int k = 2; k < len; k++) {
                int next = b[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return i;
                }
            }
            i += len;
        }
        return -1;
    }
}

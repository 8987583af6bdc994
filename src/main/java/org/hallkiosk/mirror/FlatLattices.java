package org.hallkiosk.mirror;

import java.util.List;

/**
 * Many {@link PinyinText} lattices (every title of the catalog) laid end to end in a few flat arrays, so that a
 * pinyin query run over thousands of them reads memory in order instead of chasing a few objects a character.
 * {@link #contains} answers exactly as {@link PinyinText#contains} does for the same text.
 */
final class FlatLattices {

    /** Per text, where its characters start; one more at the end. */
    private final int[] offsets;
    private final char[] folded;
    private final int[] starts;
    /** Per character, where its reading ids start in {@link #ids}; one more at the end. */
    private final int[] readingAt;
    private final short[] ids;

    FlatLattices(List<PinyinText> texts) {
        offsets = new int[texts.size() + 1];
        int chars = 0;
        int readings = 0;
        for (int i = 0; i < texts.size(); i++) {
            PinyinText t = texts.get(i);
            offsets[i] = chars;
            chars += t.length();
            for (int[] r : t.readings()) {
                readings += r == null ? 0 : r.length;
            }
        }
        offsets[texts.size()] = chars;
        folded = new char[chars];
        starts = new int[chars];
        readingAt = new int[chars + 1];
        ids = new short[readings];
        int c = 0;
        int k = 0;
        for (PinyinText t : texts) {
            for (int j = 0; j < t.length(); j++, c++) {
                folded[c] = t.folded().charAt(j);
                starts[c] = t.starts()[j];
                readingAt[c] = k;
                int[] r = t.readings()[j];
                if (r != null) {
                    for (int id : r) {
                        if (id > Short.MAX_VALUE) {
                            throw new IllegalStateException("more syllables than a short holds: " + id);
                        }
                        ids[k++] = (short) id;
                    }
                }
            }
        }
        readingAt[chars] = k;
    }

    int size() {
        return offsets.length - 1;
    }

    /** True when the (not literal) query matches somewhere in text {@code text}; see PinyinText#contains. */
    boolean contains(int text, PinyinQuery q) {
        long done = q.done();
        long reached = 1L;
        int first = q.firstLetter();
        int second = q.secondLetters();
        int from = offsets[text];
        int n = offsets[text + 1];
        for (int j = from; j < n; j++) {
            if (reached == 1L && first != 0) {
                while (j < n && !((starts[j] & first) != 0
                        && (second == 0 || (j + 1 < n && (starts[j + 1] & second) != 0)))) {
                    j++;
                }
                if (j == n) {
                    return false;
                }
            }
            long next = (reached & q.positionsOf(folded[j])) << 1;
            for (int r = readingAt[j]; r < readingAt[j + 1]; r++) {
                long[] moves = q.moves(ids[r]);
                for (long bits = reached; bits != 0; bits &= bits - 1) {
                    next |= moves[Long.numberOfTrailingZeros(bits)];
                }
            }
            if ((next & done) != 0) {
                return true;
            }
            reached = (next & ~done) | 1L;
        }
        return false;
    }
}

package org.hallkiosk.mirror;

import java.util.BitSet;
import java.util.List;

/**
 * Which of many {@link PinyinText}s a pinyin query can match at all, found without looking at each: a
 * match starts at a character that can start with the query's first letter, followed (for most queries) by
 * one that can start with one of its {@link PinyinQuery#secondLetters() second letters}. Kept as one bit set
 * of texts per letter and per pair of letters, made once a catalog; a scan then visits only the texts a query
 * could match (youdai: those with a y- character before a d- one), which is exactly the test {@link
 * PinyinText#contains} starts with, so the answer is the same.
 */
final class StartPairs {

    private static final int LETTERS = 26;
    private final BitSet[] single = new BitSet[LETTERS];
    private final BitSet[] pairs = new BitSet[LETTERS * LETTERS];
    private final int size;

    StartPairs(List<PinyinText> texts) {
        size = texts.size();
        for (int i = 0; i < texts.size(); i++) {
            int[] starts = texts.get(i).starts();
            for (int j = 0; j < starts.length; j++) {
                for (int a = starts[j]; a != 0; a &= a - 1) {
                    int first = Integer.numberOfTrailingZeros(a);
                    set(single, first, i);
                    if (j + 1 < starts.length) {
                        for (int b = starts[j + 1]; b != 0; b &= b - 1) {
                            set(pairs, first * LETTERS + Integer.numberOfTrailingZeros(b), i);
                        }
                    }
                }
            }
        }
    }

    private static void set(BitSet[] sets, int at, int text) {
        BitSet s = sets[at];
        if (s == null) {
            s = new BitSet();
            sets[at] = s;
        }
        s.set(text);
    }

    /**
     * The texts the query can match (a superset of those it does); every text when the query does not start
     * with a letter or is matched literally.
     */
    BitSet candidates(PinyinQuery q) {
        BitSet out = new BitSet(size);
        int first = q.firstLetter();
        if (q.literal() || first == 0) {
            out.set(0, size);
            return out;
        }
        int a = Integer.numberOfTrailingZeros(first);
        int second = q.secondLetters();
        if (second == 0) {
            if (single[a] != null) {
                out.or(single[a]);
            }
            return out;
        }
        for (int b = second; b != 0; b &= b - 1) {
            BitSet s = pairs[a * LETTERS + Integer.numberOfTrailingZeros(b)];
            if (s != null) {
                out.or(s);
            }
        }
        return out;
    }
}

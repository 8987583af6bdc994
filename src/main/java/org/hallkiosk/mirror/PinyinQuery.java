package org.hallkiosk.mirror;

import java.util.Arrays;

/**
 * One folded query term made ready to run over {@link PinyinText} lattices: for each syllable, the term
 * positions it can move to from each position, worked out once a query rather than once a character. A term
 * with no Latin letters, or with digits, or longer than 63 characters, is matched literally.
 */
final class PinyinQuery {

    static final int MAX_LENGTH = 63;

    private final String term;
    private final boolean literal;
    private final long done;
    private final long[] asciiPositions = new long[128];
    private final char[] otherChars;
    private final long[] otherPositions;
    private volatile long[][] moves;
    private final int firstLetter;
    private final int secondLetters;

    PinyinQuery(String foldedTerm) {
        this.term = foldedTerm;
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            letters |= c >= 'a' && c <= 'z';
            digits |= Character.isDigit(c);
        }
        this.literal = !letters || digits || term.length() > MAX_LENGTH || term.isEmpty();
        this.done = literal ? 0 : 1L << term.length();
        StringBuilder others = new StringBuilder();
        long[] otherBits = new long[term.length()];
        if (!literal) {
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if (c < 128) {
                    asciiPositions[c] |= 1L << i;
                    continue;
                }
                int k = others.indexOf(String.valueOf(c));
                if (k < 0) {
                    k = others.length();
                    others.append(c);
                }
                otherBits[k] |= 1L << i;
            }
        }
        this.otherChars = others.toString().toCharArray();
        this.otherPositions = Arrays.copyOf(otherBits, otherChars.length);
        this.firstLetter = literal ? 0 : PinyinText.letterBit(term.charAt(0));
        this.secondLetters = literal ? 0 : secondLetters(term);
    }

    /**
     * The letters the character after a match's first can start with, or 0 when a match may take only one
     * character (or a non-letter follows). With the first letter, this lets a scan skip most places at once:
     * {@code ydz} can only start at a y- character followed by a d- one.
     */
    private static int secondLetters(String term) {
        int m = term.length();
        char first = term.charAt(0);
        if (m < 2 || PinyinText.letterBit(first) == 0) {
            return 0;
        }
        int mask = PinyinText.letterBit(term.charAt(1));
        boolean usable = mask != 0;
        for (int id = 0; id < PinyinText.syllableCount(); id++) {
            String r = PinyinText.syllable(id);
            if (r.charAt(0) != first) {
                continue;
            }
            int rl = r.length();
            if (r.startsWith(term)) {
                return 0; // the whole term fits in one syllable
            }
            if (term.startsWith(r)) {
                int bit = PinyinText.letterBit(term.charAt(rl));
                usable &= bit != 0;
                mask |= bit;
            }
            if (rl >= 2 && r.charAt(1) == 'h' && term.charAt(1) == 'h') {
                if (m == 2) {
                    return 0;
                }
                int bit = PinyinText.letterBit(term.charAt(2));
                usable &= bit != 0;
                mask |= bit;
            }
        }
        return usable ? mask : 0;
    }

    /** The first letter as a bit (see {@link PinyinText#letterBit}), or 0 when the term starts otherwise. */
    int firstLetter() {
        return firstLetter;
    }

    /** See {@link #secondLetters(String)}. */
    int secondLetters() {
        return secondLetters;
    }

    String term() {
        return term;
    }

    /** Matched by plain comparison, not through the lattice. */
    boolean literal() {
        return literal;
    }

    /** The bit of the position after the last: reaching it is a match. */
    long done() {
        return done;
    }

    /** The positions of the term that hold {@code c}. */
    long positionsOf(char c) {
        if (c < 128) {
            return asciiPositions[c];
        }
        for (int k = 0; k < otherChars.length; k++) {
            if (otherChars[k] == c) {
                return otherPositions[k];
            }
        }
        return 0;
    }

    /** For each term position, where reading syllable {@code id} there can take the match. */
    long[] moves(int id) {
        long[][] table = moves;
        if (table == null || id >= table.length) {
            synchronized (this) {
                table = moves;
                if (table == null || id >= table.length) {
                    long[][] grown = new long[Math.max(id + 1, PinyinText.syllableCount())][];
                    if (table != null) {
                        System.arraycopy(table, 0, grown, 0, table.length);
                    }
                    moves = grown;
                    table = grown;
                }
            }
        }
        long[] m = table[id];
        if (m == null) {
            m = movesOf(PinyinText.syllable(id));
            table[id] = m;
        }
        return m;
    }

    private long[] movesOf(String r) {
        int m = term.length();
        long[] out = new long[m];
        int rl = r.length();
        for (int p = 0; p < m; p++) {
            if (r.charAt(0) != term.charAt(p)) {
                continue;
            }
            long bits = 1L << (p + 1); // the initial
            if (term.regionMatches(p, r, 0, Math.min(rl, m - p))) {
                bits |= 1L << Math.min(p + rl, m); // the whole syllable, or the term ends inside it
            }
            if (rl >= 2 && r.charAt(1) == 'h' && p + 1 < m && term.charAt(p + 1) == 'h') {
                bits |= 1L << (p + 2); // zh, ch, sh
            }
            out[p] = bits;
        }
        return out;
    }
}

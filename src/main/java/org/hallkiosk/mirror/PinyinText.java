package org.hallkiosk.mirror;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * A short text (a title, a keyword) with every pinyin reading of each of its characters, so that a visitor on a
 * Latin keyboard finds it by full pinyin ({@code youdaizheng}), initials ({@code ydz}), a mix ({@code youdz}),
 * or a syllable still being typed ({@code youdaizhe}). The readings form a lattice matched position by position,
 * so every reading of a polyphonic character counts without listing the combinations (which grow as the
 * product of the readings).
 *
 * @param text the text as published (match positions are indices into it)
 * @param folded the text folded by {@link #fold(char)}, same length
 * @param readings per character, its readings (lower case, no tones, ü as v and u), or null for a non-hanzi
 */
record PinyinText(String text, String folded, String[][] readings) {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    /** Readings are shared by every text that holds them: a few hundred syllables, not one copy a character. */
    private static final Map<String, String> SYLLABLES = new ConcurrentHashMap<>();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    /** Full-width letters and digits as ASCII, upper case as lower; one char for one char, so offsets hold. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        return Character.toLowerCase(c);
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    static boolean isHan(char c) {
        return Character.isIdeographic(c);
    }

    /** Every reading of a hanzi, most common first; null for anything else. */
    static String[] readingsOf(char c) {
        if (!isHan(c)) {
            return null;
        }
        String[] raw;
        try {
            raw = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        if (raw == null || raw.length == 0) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            out.add(r);
        }
        for (String r : raw) {
            // lv / nv are how an IME spells 绿 and 女; many visitors type lu / nu.
            if (r.indexOf('v') >= 0) {
                out.add(r.replace('v', 'u'));
            }
        }
        return out.toArray(String[]::new);
    }

    /** The lattice as stored in the index: characters separated by spaces, readings by commas. */
    static String encode(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 5);
        for (int i = 0; i < text.length(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            String[] r = readingsOf(text.charAt(i));
            if (r != null) {
                sb.append(String.join(",", r));
            }
        }
        return sb.toString();
    }

    static PinyinText of(String text) {
        return decode(text, encode(text));
    }

    static PinyinText decode(String text, String encoded) {
        String[] parts = encoded.split(" ", -1);
        String[][] readings = new String[text.length()][];
        for (int i = 0; i < readings.length && i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                String[] rs = parts[i].split(",");
                for (int k = 0; k < rs.length; k++) {
                    rs[k] = SYLLABLES.computeIfAbsent(rs[k], s -> s);
                }
                readings[i] = rs;
            }
        }
        return new PinyinText(text, fold(text), readings);
    }

    int length() {
        return text.length();
    }

    /** True when the folded term has Latin letters, so that pinyin may be meant. */
    static boolean hasLetters(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /**
     * The first match of a folded term at or after {@code from}, as {@code start << 32 | end}, or -1. Characters
     * match themselves; a hanzi also matches any of its readings in full, its initial, or zh/ch/sh; the last
     * syllable of the term may be unfinished.
     */
    long find(String term, int from) {
        if (term.isEmpty()) {
            return -1;
        }
        if (!hasLetters(term) || term.length() > 63) {
            int at = folded.indexOf(term, from);
            return at < 0 ? -1 : ((long) at << 32) | (at + term.length());
        }
        for (int s = from; s < folded.length(); s++) {
            if (!canStart(term.charAt(0), s)) {
                continue;
            }
            int end = endFrom(term, s, -1);
            if (end >= 0) {
                return ((long) s << 32) | end;
            }
        }
        return -1;
    }

    /** Where a match of the term starting at {@code start} ends (the shortest), or -1. */
    int matchAt(String term, int start) {
        if (!hasLetters(term) || term.length() > 63) {
            return folded.startsWith(term, start) ? start + term.length() : -1;
        }
        return endFrom(term, start, -1);
    }

    /** True when the term covers the whole text. */
    boolean matchesWhole(String term) {
        if (!hasLetters(term) || term.length() > 63) {
            return folded.equals(term);
        }
        return endFrom(term, 0, folded.length()) == folded.length();
    }

    private boolean canStart(char q, int s) {
        if (folded.charAt(s) == q) {
            return true;
        }
        String[] rs = readings[s];
        if (rs != null) {
            for (String r : rs) {
                if (r.charAt(0) == q) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Runs the lattice from {@code s}: the set of term positions reached so far is a bit set, so that two ways
     * to the same position (full syllable "a", initial "a") do not branch. Returns the first end, or when
     * {@code wantEnd >= 0} that end if it can be reached.
     */
    private int endFrom(String term, int s, int wantEnd) {
        int m = term.length();
        long reached = 1L;
        for (int j = s; j < folded.length() && reached != 0; j++) {
            long next = 0;
            boolean done = false;
            char c = folded.charAt(j);
            String[] rs = readings[j];
            for (int p = 0; p < m; p++) {
                if ((reached & (1L << p)) == 0) {
                    continue;
                }
                char q = term.charAt(p);
                if (q == c) {
                    next |= 1L << (p + 1);
                }
                if (rs == null) {
                    continue;
                }
                for (String r : rs) {
                    if (r.charAt(0) != q) {
                        continue;
                    }
                    next |= 1L << (p + 1);
                    int rl = r.length();
                    if (term.regionMatches(p, r, 0, Math.min(rl, m - p))) {
                        // the whole syllable, or the term ends inside it (still typing)
                        next |= 1L << Math.min(p + rl, m);
                    }
                    if (rl >= 2 && r.charAt(1) == 'h' && p + 1 < m && term.charAt(p + 1) == 'h') {
                        next |= 1L << (p + 2);
                    }
                }
            }
            if ((next & (1L << m)) != 0) {
                done = true;
            }
            if (done && (wantEnd < 0 || j + 1 == wantEnd)) {
                return j + 1;
            }
            reached = next & ~(1L << m);
        }
        return -1;
    }

    /** Each hanzi's most common reading, and other characters as they are: for did-you-mean. */
    String commonPinyin() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            if (readings[i] != null) {
                sb.append(readings[i][0]);
            } else if (Character.isLetterOrDigit(folded.charAt(i))) {
                sb.append(folded.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Each hanzi's initial (most common reading), and letters and digits as they are. */
    String commonInitials() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            if (readings[i] != null) {
                sb.append(readings[i][0].charAt(0));
            } else if (Character.isLetterOrDigit(folded.charAt(i))) {
                sb.append(folded.charAt(i));
            }
        }
        return sb.toString();
    }

    /** A query as pinyin: hanzi by their most common reading, letters and digits kept. */
    static String pinyinOfQuery(String folded) {
        return of(folded).commonPinyin();
    }

    static List<String> splitLines(String s) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isEmpty()) {
            return out;
        }
        for (String line : s.split("\n", -1)) {
            out.add(line);
        }
        return out;
    }
}

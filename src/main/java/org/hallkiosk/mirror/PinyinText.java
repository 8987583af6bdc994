package org.hallkiosk.mirror;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * @param readings per character, its readings (lower case, no tones, ü as v and u) as {@link #syllable} ids,
 *     or null for a non-hanzi
 * @param starts per character, the letters a match can start with there (bit 0 for a): its readings' initials,
 *     or itself; lets a scan skip in one tight loop the characters where the term cannot start
 */
record PinyinText(String text, String folded, int[][] readings, int[] starts) {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    /** Every syllable met, numbered: a text holds numbers, and a query works out each syllable once. */
    private static final Map<String, Integer> SYLLABLE_IDS = new ConcurrentHashMap<>();
    private static final List<String> SYLLABLES = new CopyOnWriteArrayList<>();
    /** New syllables get their ids one at a time; readers use the lock-free map and list. */
    private static final Object SYLLABLE_LOCK = new Object();

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

    /** Every reading of a hanzi, in pinyin4j's order (not always the commonest first); null for anything else. */
    static String[] readingsOf(char c) {
        if (!isHan(c)) {
            return null;
        }
        // pinyin4j formats its answer anew on every call; a first sync asks for the same few thousand hanzi.
        String[] known = READINGS.computeIfAbsent(c, PinyinText::lookUp);
        return known.length == 0 ? null : known;
    }

    private static final Map<Character, String[]> READINGS = new ConcurrentHashMap<>();

    private static String[] lookUp(char c) {
        String[] raw;
        try {
            raw = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        if (raw == null || raw.length == 0) {
            return new String[0];
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
        int[][] readings = new int[text.length()][];
        for (int i = 0; i < readings.length && i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                String[] rs = parts[i].split(",");
                int[] ids = new int[rs.length];
                for (int k = 0; k < rs.length; k++) {
                    ids[k] = idOf(rs[k]);
                }
                readings[i] = ids;
            }
        }
        String folded = fold(text);
        int[] starts = new int[text.length()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = letterBit(folded.charAt(i));
            if (readings[i] != null) {
                for (int id : readings[i]) {
                    starts[i] |= letterBit(syllable(id).charAt(0));
                }
            }
        }
        return new PinyinText(text, folded, readings, starts);
    }

    static int letterBit(char c) {
        return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 0;
    }

    private static int idOf(String syllable) {
        Integer id = SYLLABLE_IDS.get(syllable);
        if (id != null) {
            return id;
        }
        synchronized (SYLLABLE_LOCK) {
            return SYLLABLE_IDS.computeIfAbsent(syllable, x -> {
                SYLLABLES.add(x);
                return SYLLABLES.size() - 1;
            });
        }
    }

    static String syllable(int id) {
        return SYLLABLES.get(id);
    }

    static int syllableCount() {
        return SYLLABLES.size();
    }

    int length() {
        return text.length();
    }

    /**
     * The first match of a query at or after {@code from}, as {@code start << 32 | end}, or -1. Characters
     * match themselves; a hanzi also matches any of its readings in full, its initial, or zh/ch/sh; the last
     * syllable of the term may be unfinished.
     */
    long find(PinyinQuery q, int from) {
        if (q.literal()) {
            int at = folded.indexOf(q.term(), from);
            return at < 0 ? -1 : ((long) at << 32) | (at + q.term().length());
        }
        int first = q.firstLetter();
        int second = q.secondLetters();
        for (int s = from; s < folded.length(); s++) {
            if (first != 0 && !canStart(s, first, second)) {
                continue;
            }
            int end = endFrom(q, s, -1);
            if (end >= 0) {
                return ((long) s << 32) | end;
            }
        }
        return -1;
    }

    /** True when the query matches somewhere: one pass that starts a match at every character. */
    boolean contains(PinyinQuery q) {
        if (q.literal()) {
            return folded.contains(q.term());
        }
        long done = q.done();
        long reached = 1L;
        int first = q.firstLetter();
        int second = q.secondLetters();
        int n = folded.length();
        for (int j = 0; j < n; j++) {
            if (reached == 1L && first != 0) {
                while (j < n && !canStart(j, first, second)) {
                    j++;
                }
                if (j == n) {
                    return false;
                }
            }
            long next = step(q, reached, j);
            if ((next & done) != 0) {
                return true;
            }
            reached = (next & ~done) | 1L;
        }
        return false;
    }

    private boolean canStart(int j, int first, int second) {
        return (starts[j] & first) != 0 && (second == 0 || (j + 1 < starts.length && (starts[j + 1] & second) != 0));
    }

    /** True when the text starts with a match of the query. */
    boolean startsWith(PinyinQuery q) {
        return q.literal() ? folded.startsWith(q.term()) : endFrom(q, 0, -1) >= 0;
    }

    /** True when the text from {@code from} on starts with a match of the query. */
    boolean startsWithAt(PinyinQuery q, int from) {
        return q.literal() ? folded.startsWith(q.term(), from) : endFrom(q, from, -1) >= 0;
    }

    /** True when the query covers the text from {@code from} to its end. */
    boolean matchesFrom(PinyinQuery q, int from) {
        if (q.literal()) {
            return folded.length() - from == q.term().length() && folded.startsWith(q.term(), from);
        }
        return endFrom(q, from, folded.length()) == folded.length();
    }

    /** True when the query covers the whole text. */
    boolean matchesWhole(PinyinQuery q) {
        return q.literal() ? folded.equals(q.term()) : endFrom(q, 0, folded.length()) == folded.length();
    }

    /**
     * Runs the lattice from {@code s}: the term positions reached so far are a bit set, so that two ways to
     * the same position (full syllable "a", initial "a") do not branch. Returns the first end, or when
     * {@code wantEnd >= 0} that end if it can be reached; -1 if none.
     */
    private int endFrom(PinyinQuery q, int s, int wantEnd) {
        int first = q.firstLetter();
        if (first != 0 && s < starts.length && (starts[s] & first) == 0) {
            return -1; // no character here can start the term: most titles, for a prefix
        }
        long done = q.done();
        long reached = 1L;
        for (int j = s; j < folded.length() && reached != 0; j++) {
            long next = step(q, reached, j);
            if ((next & done) != 0 && (wantEnd < 0 || j + 1 == wantEnd)) {
                return j + 1;
            }
            reached = next & ~done;
        }
        return -1;
    }

    private long step(PinyinQuery q, long reached, int j) {
        long next = (reached & q.positionsOf(folded.charAt(j))) << 1;
        int[] ids = readings[j];
        if (ids != null) {
            for (int id : ids) {
                long[] moves = q.moves(id);
                for (long r = reached; r != 0; r &= r - 1) {
                    next |= moves[Long.numberOfTrailingZeros(r)];
                }
            }
        }
        return next;
    }

    /** Each hanzi's first reading, and letters and digits as they are: how the text sounds, for did-you-mean. */
    String commonPinyin() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            if (readings[i] != null) {
                sb.append(syllable(readings[i][0]));
            } else if (Character.isLetterOrDigit(folded.charAt(i))) {
                sb.append(folded.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Each hanzi's initial (of its first reading), and letters and digits as they are. */
    String commonInitials() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            if (readings[i] != null) {
                sb.append(syllable(readings[i][0]).charAt(0));
            } else if (Character.isLetterOrDigit(folded.charAt(i))) {
                sb.append(folded.charAt(i));
            }
        }
        return sb.toString();
    }

    /** A query as pinyin: hanzi by their first reading, letters and digits kept. */
    static String pinyinOfQuery(String folded) {
        return of(folded).commonPinyin();
    }
}

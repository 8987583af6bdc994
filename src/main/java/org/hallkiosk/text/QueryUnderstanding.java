package org.hallkiosk.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns what a visitor typed into the words search looks for. Normalise (繁→简, full-width, at most 64
 * characters) and write numbers as digits; note the intent; split on spaces; keep a piece whole when it is a
 * number, pinyin, or text the catalog holds as it is; otherwise segment it, drop question and filler words, and
 * join neighbours back while the catalog holds them together (残疾 军人 → 残疾军人). Each word then gets its
 * alternatives from the vocabulary.
 */
public final class QueryUnderstanding {

    /** Words beyond this add cost, not meaning. */
    public static final int MAX_WORDS = 8;
    private static final String NUMBER_MARKS = "〔〕[]()/-年号第";

    private final Vocabulary vocabulary;
    private final Set<String> keep;

    public QueryUnderstanding(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Set<String> k = new HashSet<>(vocabulary.words());
        this.keep = Set.copyOf(k);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * @param raw what was typed, anything at all
     * @param known true when the catalog (titles, keywords) holds the text as it is
     */
    public UnderstoodQuery understand(String raw, Predicate<String> known) {
        String text = ChineseNumbers.toArabic(TextNormalizer.normalize(raw));
        QueryIntent intent = QueryIntent.of(text);
        List<Pending> words = new ArrayList<>();
        for (String chunk : text.split(" ")) {
            if (words.size() >= MAX_WORDS) {
                break;
            }
            for (Piece piece : pieces(chunk)) {
                if (!hasContent(piece.text())) {
                    continue;
                }
                if (piece.whole()) {
                    words.add(new Pending(piece.text(), List.of()));
                    continue;
                }
                List<String> segments = content(Segmenter.words(piece.text(), keep, vocabulary.longestWord()));
                if (known.test(piece.text())) {
                    // the catalog has it as typed: one word, whose parts may also be found apart
                    words.add(new Pending(piece.text(), segments.stream().filter(x -> x != null).toList()));
                } else {
                    for (List<String> seg : joinKnown(segments, known)) {
                        words.add(new Pending(String.join("", seg), seg));
                    }
                }
            }
        }
        List<QueryWord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean numbers = !words.isEmpty();
        for (Pending p : words.subList(0, Math.min(words.size(), MAX_WORDS))) {
            String w = p.text();
            if (seen.add(w)) {
                List<QueryWord> parts = new ArrayList<>();
                // parts of one character would find nearly everything: then the word has none
                if (p.segments().size() > 1 && p.segments().stream().allMatch(x -> x.length() > 1)) {
                    for (String part : p.segments()) {
                        parts.add(new QueryWord(part, vocabulary.alternatives(part)));
                    }
                }
                out.add(new QueryWord(w, vocabulary.alternatives(w), parts));
                numbers &= isNumber(w);
            }
        }
        return new UnderstoodQuery(text, out, intent, numbers);
    }

    /** A word found, as typed, and the segments it is made of. */
    private record Pending(String text, List<String> segments) {
    }

    /** A piece of a chunk: a number (kept whole), or text to segment. */
    private record Piece(String text, boolean whole) {
    }

    /**
     * A chunk split where numbers meet words: pinyin, initials and numbers are matched as typed (segmenting
     * them would make no sense); 主席令63号 is 主席令 and 63号, 608号令 608号 and 令, 60岁补贴 60岁 and 补贴.
     */
    private static List<Piece> pieces(String chunk) {
        boolean han = false;
        boolean digit = false;
        for (int i = 0; i < chunk.length(); i++) {
            han |= Character.isIdeographic(chunk.charAt(i));
            digit |= Character.isDigit(chunk.charAt(i));
        }
        if (!han) {
            return List.of(new Piece(chunk, true));
        }
        if (!digit) {
            return List.of(new Piece(chunk, false));
        }
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < chunk.length()) {
            int start = i;
            if (numberAt(chunk, i)) {
                while (i < chunk.length() && (numberAt(chunk, i) || !Character.isIdeographic(chunk.charAt(i)))) {
                    i++;
                }
                if (i < chunk.length() && UNITS.indexOf(chunk.charAt(i)) >= 0) {
                    i++; // 60岁, 3元
                }
                out.add(new Piece(chunk.substring(start, i), true));
            } else {
                while (i < chunk.length() && !numberAt(chunk, i)) {
                    i++;
                }
                out.add(new Piece(chunk.substring(start, i), false));
            }
        }
        return out;
    }

    private static final String UNITS = "岁元条项";

    /** A digit, or a number's mark (第, 〔, 年, 号 …) beside a digit. */
    private static boolean numberAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isDigit(c)) {
            return true;
        }
        if (NUMBER_MARKS.indexOf(c) < 0) {
            return false;
        }
        for (int k = Math.max(0, i - 2); k <= Math.min(s.length() - 1, i + 2); k++) {
            if (Character.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Segments that carry meaning: not filler, not punctuation; null marks where one was dropped. */
    private static List<String> content(List<String> segments) {
        List<String> out = new ArrayList<>();
        for (String s : segments) {
            if (hasContent(s) && !FillerWords.isFiller(s)) {
                out.add(s);
            } else {
                out.add(null); // a gap: words on either side were not neighbours
            }
        }
        return out;
    }

    /**
     * Words, each as its segments: neighbours joined while the catalog holds them together (残疾 军人), runs
     * of single characters joined (优/代/证 is a word the segmenter did not know, a typo or a name, not three
     * words), and a lone single character joined to the word before it (优待 正 → 优待正, a slip for 优待证).
     */
    private static List<List<String>> joinKnown(List<String> segments, Predicate<String> known) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = null;
        List<String> singles = new ArrayList<>();
        for (String w : segments) {
            if (w != null && w.length() == 1 && Character.isIdeographic(w.charAt(0))) {
                singles.add(w);
                continue;
            }
            if (!singles.isEmpty()) {
                current = flushSingles(out, current, singles);
            }
            if (w == null) {
                if (current != null) {
                    out.add(current);
                }
                current = null;
            } else if (current == null) {
                current = new ArrayList<>(List.of(w));
            } else if (known.test(String.join("", current) + w)) {
                current.add(w);
            } else {
                out.add(current);
                current = new ArrayList<>(List.of(w));
            }
        }
        if (!singles.isEmpty()) {
            current = flushSingles(out, current, singles);
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    /** Singles as one word; one lone single goes with the word before it, as one segment (a slip, not parts). */
    private static List<String> flushSingles(List<List<String>> out, List<String> current, List<String> singles) {
        String joined = String.join("", singles);
        singles.clear();
        if (joined.length() == 1 && current != null) {
            return new ArrayList<>(List.of(String.join("", current) + joined));
        }
        if (current != null) {
            out.add(current);
        }
        return new ArrayList<>(List.of(joined));
    }

    /** A document or index number: digits with separators, 年/号/第, and letters only beside digits. */
    static boolean isNumber(String word) {
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            digit |= Character.isDigit(c);
            if (Character.isIdeographic(c) && NUMBER_MARKS.indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    private static boolean hasContent(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

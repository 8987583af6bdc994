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
        List<String> words = new ArrayList<>();
        for (String chunk : text.split(" ")) {
            if (words.size() >= MAX_WORDS) {
                break;
            }
            if (!hasContent(chunk)) {
                continue;
            }
            if (keepWhole(chunk) || known.test(chunk)) {
                words.add(chunk);
                continue;
            }
            words.addAll(joinKnown(chunk, content(Segmenter.words(chunk, keep, vocabulary.longestWord())), known));
        }
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        List<QueryWord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean numbers = !words.isEmpty();
        for (String w : words) {
            if (seen.add(w)) {
                out.add(new QueryWord(w, vocabulary.alternatives(w)));
                numbers &= isNumber(w);
            }
        }
        return new UnderstoodQuery(text, out, intent, numbers);
    }

    /** Segments that carry meaning: not filler, not punctuation. */
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
     * Neighbouring words joined while the catalog holds them together, and runs of single characters joined
     * (优/代/证 is a word the segmenter did not know, a typo or a name, not three words); null marks a gap.
     */
    private static List<String> joinKnown(String chunk, List<String> words, Predicate<String> known) {
        List<String> out = new ArrayList<>();
        String current = null;
        boolean singles = false;
        for (String w : words) {
            if (w == null) {
                if (current != null) {
                    out.add(current);
                }
                current = null;
            } else if (current == null) {
                current = w;
                singles = w.length() == 1;
            } else if ((singles && w.length() == 1) || known.test(current + w)) {
                current = current + w;
            } else {
                out.add(current);
                current = w;
                singles = w.length() == 1;
                continue;
            }
            if (current != null && w != null && w.length() > 1) {
                singles = false;
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    /** Pinyin, initials and numbers are matched as typed; segmenting them would make no sense. */
    private static boolean keepWhole(String chunk) {
        boolean han = false;
        boolean digit = false;
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            han |= Character.isIdeographic(c);
            digit |= Character.isDigit(c);
        }
        if (!han) {
            return true;
        }
        if (!digit) {
            return false;
        }
        for (int i = 0; i < chunk.length(); i++) {
            if (NUMBER_MARKS.indexOf(chunk.charAt(i)) >= 0) {
                return true; // 〔2024〕17号, 2024年17号, 第63号
            }
        }
        return false;
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

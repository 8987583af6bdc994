package org.hallkiosk.mirror;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words of the mirror's own titles and keywords that read as typed pinyin (full, initials or a mix, the last
 * syllable perhaps unfinished), for the keyboard's candidate bar: a word offered here always leads to an item.
 * Uses search's in-memory catalog and its pinyin lattices, so a word offered is one search finds.
 */
public final class TypingCandidates {

    /** Pinyin longer than this is matched literally by {@link PinyinQuery}, never as readings. */
    private static final int MAX_PINYIN = PinyinQuery.MAX_LENGTH;

    private final Mirror mirror;

    TypingCandidates(Mirror mirror) {
        this.mirror = mirror;
    }

    /**
     * At most {@code max} words for {@code pinyin} (lower-case letters), best first: keywords that read wholly
     * so (the most used first); then stretches of two to four hanzi of titles that read so, the ones most
     * titles share first ({@link TypingVocabulary}); then longer keywords that start so (the visitor may be typing
     * them). Empty for one letter, which
     * says too little for a word, and for anything but letters.
     */
    public List<String> words(String pinyin, int max) {
        if (pinyin == null || pinyin.length() < 2 || pinyin.length() > MAX_PINYIN || max <= 0
                || !pinyin.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
            return List.of();
        }
        return mirror.read(c -> {
            SearchCatalog catalog = mirror.searchCatalog().get(c);
            // Made after the catalog: a query plans its scan with the syllables the titles brought in.
            return words(catalog, new PinyinQuery(pinyin), max);
        });
    }

    static List<String> words(SearchCatalog catalog, PinyinQuery q, int max) {
        List<String> whole = new ArrayList<>();
        List<String> longer = new ArrayList<>();
        for (SearchCatalog.Keyword k : catalog.keywords()) {
            PinyinText t = k.text();
            if (!allHan(t.text(), 0, t.length())) {
                continue;
            }
            if (whole.size() < max && t.matchesWhole(q)) {
                whole.add(t.text());
            } else if (longer.size() < max && t.startsWith(q)) {
                longer.add(t.text());
            }
        }
        // The titles' words, most shared first: the first `max` that read so are the best.
        List<String> titleWords = new ArrayList<>();
        int first = q.firstLetter();
        for (PinyinText w : catalog.typingVocabulary().words()) {
            if ((w.starts()[0] & first) != 0 && w.matchesWhole(q)) {
                titleWords.add(w.text());
                if (titleWords.size() >= max) {
                    break;
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<String> group : List.of(whole, titleWords, longer)) {
            for (String w : group) {
                if (out.size() >= max) {
                    return List.copyOf(out);
                }
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    private static boolean allHan(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!PinyinText.isHan(s.charAt(i))) {
                return false;
            }
        }
        return end > start;
    }
}

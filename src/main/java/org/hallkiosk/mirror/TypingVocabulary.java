package org.hallkiosk.mirror;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of the titles, as the keyboard's candidate bar offers them: every stretch of two to four hanzi in
 * a title, the ones found in most titles first (a stretch many titles share is a word of this content: 优待证,
 * 退役军人, 抚恤), at most {@link #MAX_WORDS}. Made once a catalog, so that a keystroke scans short words instead
 * of every title.
 */
final class TypingVocabulary {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 4;
    /** Enough for every stretch of a hall's few hundred items; of 20,000 the commonest. */
    static final int MAX_WORDS = 50_000;

    private final List<PinyinText> words;

    private TypingVocabulary(List<PinyinText> words) {
        this.words = words;
    }

    /** Best first. */
    List<PinyinText> words() {
        return words;
    }

    static TypingVocabulary of(SearchCatalog catalog) {
        Map<String, int[]> seen = new HashMap<>(); // stretch -> {titles holding it, first seen}
        for (SearchCatalog.Entry e : catalog.entries()) {
            String title = e.title().text();
            Set<String> inThisTitle = new HashSet<>();
            for (int start = 0; start < title.length(); start++) {
                for (int end = start + 1; end <= title.length() && end - start <= MAX_LENGTH; end++) {
                    if (!PinyinText.isHan(title.charAt(end - 1))) {
                        break;
                    }
                    if (end - start >= MIN_LENGTH) {
                        String w = title.substring(start, end);
                        if (inThisTitle.add(w)) {
                            int order = seen.size();
                            seen.computeIfAbsent(w, k -> new int[] {0, order})[0]++;
                        }
                    }
                }
            }
        }
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(seen.entrySet());
        ranked.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(b.getValue()[0], a.getValue()[0])
                : Integer.compare(a.getValue()[1], b.getValue()[1]));
        List<PinyinText> words = new ArrayList<>(Math.min(ranked.size(), MAX_WORDS));
        for (Map.Entry<String, int[]> r : ranked.subList(0, Math.min(ranked.size(), MAX_WORDS))) {
            words.add(PinyinText.of(r.getKey()));
        }
        return new TypingVocabulary(List.copyOf(words));
    }
}

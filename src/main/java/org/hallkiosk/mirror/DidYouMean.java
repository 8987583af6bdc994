package org.hallkiosk.mirror;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * For a query that found nothing, titles that sound like it: the query as pinyin (hanzi by their common
 * reading) is compared with each title's pinyin and initials, allowing about one slip in four letters
 * anywhere in the title (a typo, a wrong character of the same sound, a missing letter).
 */
final class DidYouMean {

    private DidYouMean() {
    }

    static List<String> titles(SearchCatalog catalog, List<String> terms, int max) {
        String query = PinyinText.pinyinOfQuery(String.join("", terms));
        if (query.length() < 3 || query.length() > 40) {
            return List.of();
        }
        int allowed = Math.max(1, query.length() / 4);
        List<List<String>> byDistance = new ArrayList<>();
        for (int d = 0; d <= allowed; d++) {
            byDistance.add(new ArrayList<>());
        }
        for (SearchCatalog.Entry e : catalog.entries()) {
            PinyinText title = e.title();
            int d = Math.min(distance(query, title.commonInitials(), allowed),
                    distance(query, title.commonPinyin(), allowed));
            if (d <= allowed && byDistance.get(d).size() < max) {
                byDistance.get(d).add(title.text());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<String> group : byDistance) {
            for (String t : group) {
                if (out.size() < max) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The fewest edits that turn {@code pattern} into some part of {@code text} (Sellers' algorithm), or
     * {@code allowed + 1} when more are needed.
     */
    static int distance(String pattern, String text, int allowed) {
        int m = pattern.length();
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int best = col[m];
        for (int j = 0; j < text.length(); j++) {
            int diag = col[0];
            col[0] = 0;
            char t = text.charAt(j);
            for (int i = 1; i <= m; i++) {
                int up = col[i];
                int cost = pattern.charAt(i - 1) == t ? 0 : 1;
                col[i] = Math.min(Math.min(col[i] + 1, col[i - 1] + 1), diag + cost);
                diag = up;
            }
            best = Math.min(best, col[m]);
            if (best == 0) {
                return 0;
            }
        }
        return Math.min(best, allowed + 1);
    }
}

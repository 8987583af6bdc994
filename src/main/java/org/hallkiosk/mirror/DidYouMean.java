package org.hallkiosk.mirror;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * For a query that found nothing, titles that sound like it: the query as pinyin (hanzi by their first
 * reading) is compared with each title's pinyin and initials, allowing about one slip in four letters
 * anywhere in the title (a typo, a wrong character of the same sound, a missing letter). Numbers are left
 * out: a document number that is not there does not sound like anything.
 */
final class DidYouMean {

    private DidYouMean() {
    }

    static List<String> titles(SearchCatalog catalog, List<Search.Term> terms, int max) {
        StringBuilder words = new StringBuilder();
        for (Search.Term t : terms) {
            if (t.number() == null) {
                words.append(t.text());
            }
        }
        String query = PinyinText.pinyinOfQuery(words.toString());
        if (query.length() < 3 || query.length() > 63) {
            return List.of();
        }
        int allowed = Math.max(1, query.length() / 4);
        long[] peq = new long[128];
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c < 128) {
                peq[c] |= 1L << i;
            }
        }
        List<List<String>> byDistance = new ArrayList<>();
        for (int d = 0; d <= allowed; d++) {
            byDistance.add(new ArrayList<>());
        }
        String[][] sounds = catalog.titleSounds();
        String[] pieces = pieces(query, allowed);
        for (int i = 0; i < sounds.length; i++) {
            if (!within(peq, query.length(), sounds[i][1], allowed, pieces)
                    && !within(peq, query.length(), sounds[i][0], allowed, pieces)) {
                continue;
            }
            if (!sharesHan(words, catalog.entries().get(i).title().text())) {
                continue;
            }
            int d = Math.min(distance(peq, query.length(), sounds[i][1]), distance(peq, query.length(), sounds[i][0]));
            if (d <= allowed && byDistance.get(d).size() < max) {
                byDistance.get(d).add(catalog.entries().get(i).title().text());
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
     * A query in hanzi sounds like a title only if the title has one of its characters too: a wrong character
     * of the same sound rarely replaces them all (优代证 → 优待证), while letters alone can line up with any
     * long title (光荣牌 guangrongpai against 预算公开 …suangongkai). Pinyin queries have no characters to share.
     */
    static boolean sharesHan(CharSequence query, String title) {
        boolean han = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (PinyinText.isHan(c)) {
                han = true;
                if (title.indexOf(c) >= 0) {
                    return true;
                }
            }
        }
        return !han;
    }

    /**
     * The pattern cut into {@code allowed + 1} pieces: a text within {@code allowed} edits of the pattern holds
     * at least one of them unchanged (each edit can spoil one piece at most), so a text with none is skipped
     * before the costlier count of edits.
     */
    static String[] pieces(String pattern, int allowed) {
        int n = Math.max(1, Math.min(allowed + 1, pattern.length()));
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = pattern.substring(i * pattern.length() / n, (i + 1) * pattern.length() / n);
        }
        return out;
    }

    /** True when {@code text} is within {@code allowed} edits of the pattern somewhere ({@link #pieces} first). */
    static boolean within(long[] peq, int m, String text, int allowed, String[] pieces) {
        boolean any = false;
        for (String p : pieces) {
            if (text.contains(p)) {
                any = true;
                break;
            }
        }
        return any && distance(peq, m, text) <= allowed;
    }

    /**
     * The fewest edits that turn the pattern into some part of {@code text}: Myers' bit-parallel form of
     * Sellers' algorithm, one pass of a few word operations a character. {@code peq} has, for each ASCII
     * character, the bits of the pattern positions that hold it.
     */
    static int distance(long[] peq, int m, String text) {
        long pv = m == 64 ? -1L : (1L << m) - 1;
        long mv = 0;
        long high = 1L << (m - 1);
        int score = m;
        int best = m;
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            long eq = c < 128 ? peq[c] : 0;
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & high) != 0) {
                score++;
            } else if ((mh & high) != 0) {
                score--;
            }
            // a match may start anywhere in the text: the top row stays 0, so nothing is shifted in
            ph <<= 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            best = Math.min(best, score);
        }
        return best;
    }
}

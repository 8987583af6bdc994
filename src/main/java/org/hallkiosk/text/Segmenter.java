package org.hallkiosk.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a run of hanzi into words. The vocabulary's words are kept whole first (longest match from the left:
 * 退伍费, 丢了, 找工作), and what lies between them is segmented by HanLP's default segmenter.
 */
final class Segmenter {

    private Segmenter() {
    }

    static List<String> words(String text, Set<String> keep, int longestKept) {
        List<String> out = new ArrayList<>();
        int gapStart = 0;
        int i = 0;
        while (i < text.length()) {
            int found = 0;
            for (int len = Math.min(longestKept, text.length() - i); len >= 2; len--) {
                if (keep.contains(text.substring(i, i + len))) {
                    found = len;
                    break;
                }
            }
            if (found == 0) {
                i++;
                continue;
            }
            hanlp(text.substring(gapStart, i), out);
            out.add(text.substring(i, i + found));
            i += found;
            gapStart = i;
        }
        hanlp(text.substring(gapStart), out);
        return out;
    }

    private static void hanlp(String gap, List<String> out) {
        if (gap.isEmpty()) {
            return;
        }
        for (Term t : HanLP.segment(gap)) {
            if (!t.word.isBlank()) {
                out.add(t.word);
            }
        }
    }
}

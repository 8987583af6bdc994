package org.hallkiosk.text;

import java.util.List;

/**
 * What a question asks for, from its question words: how to get something done (办事: 怎么办, 在哪, 补办 …)
 * puts guides first; how much (标准: 多少, 标准, 涨 …) puts the standard in force first.
 */
public enum QueryIntent {
    NONE,
    GUIDE,
    STANDARD;

    private static final List<String> GUIDE_WORDS = List.of("怎么办", "怎么领", "怎么申请", "怎么弄", "怎么补",
            "如何办", "如何申请", "如何领", "在哪", "去哪", "哪里办", "哪里领", "办理", "申请", "申领", "补办", "丢了",
            "丢失", "需要什么", "要带什么", "什么材料", "流程", "手续", "怎么办理");
    private static final List<String> STANDARD_WORDS = List.of("多少", "标准", "涨", "几块", "多少钱", "发多少",
            "能拿", "能领多少");

    /** True for a word that asks how to get something done (补办, 申请 …), as typed. */
    public static boolean isGuideWord(String word) {
        return GUIDE_WORDS.contains(word);
    }

    /** The intent of a normalised query; when both kinds of word appear, how much wins (the amount is asked). */
    public static QueryIntent of(String normalized) {
        for (String w : STANDARD_WORDS) {
            if (normalized.contains(w)) {
                return STANDARD;
            }
        }
        for (String w : GUIDE_WORDS) {
            if (normalized.contains(w)) {
                return GUIDE;
            }
        }
        return NONE;
    }
}

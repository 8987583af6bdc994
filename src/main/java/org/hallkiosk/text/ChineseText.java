package org.hallkiosk.text;

/** Loads HanLP's tables ahead of the first query (2-3 s on this machine): call it off the FX thread. */
public final class ChineseText {

    private static volatile boolean warm;

    private ChineseText() {
    }

    public static void warmUp() {
        if (warm) {
            return;
        }
        new QueryUnderstanding(Vocabulary.builtIn()).understand("優待證怎么办 第六十三号", s -> false);
        WordPinyin.of("重庆");
        Thesaurus.equalWords("补贴");
        warm = true;
    }
}

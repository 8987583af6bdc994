package org.hallkiosk.text;

import java.util.logging.Logger;

/** Loads HanLP's tables ahead of the first query (2-3 s on this machine): call it off the FX thread. */
public final class ChineseText {

    private static final Logger LOG = Logger.getLogger(ChineseText.class.getName());

    private static volatile boolean warm;

    private ChineseText() {
    }

    public static void warmUp() {
        if (warm) {
            return;
        }
        new QueryUnderstanding(Vocabulary.builtIn()).understand("優待證怎么办 第六十三号", s -> false);
        WordPinyin.of("重庆");
        if (Thesaurus.equalWords("补贴").isEmpty()) {
            LOG.fine("the thesaurus knows no word equal to 补贴");
        }
        warm = true;
    }
}

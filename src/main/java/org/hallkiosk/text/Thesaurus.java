package org.hallkiosk.text;

import com.hankcs.hanlp.corpus.synonym.Synonym;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * General Chinese synonyms from HanLP's CoreSynonym thesaurus (同义词词林), for a word that found nothing:
 * only groups of words marked equal (=), and only words of two characters or more, since its wider groups
 * (孩子 with 胎, 囡) would find the wrong things.
 */
public final class Thesaurus {

    private static final int MAX = 5;

    private Thesaurus() {
    }

    public static List<String> equalWords(String word) {
        if (word.length() < 2 || word.length() > 8) {
            return List.of();
        }
        CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(word);
        if (item == null || item.type != Synonym.Type.EQUAL || item.synonymList == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Synonym s : item.synonymList) {
            if (s.realWord.length() >= 2 && !s.realWord.equals(word) && out.size() < MAX) {
                out.add(s.realWord);
            }
        }
        return out;
    }
}

package org.hallkiosk.mirror;

import java.util.List;
import org.hallkiosk.content.ItemSummary;

/** One result: the item, a short snippet around the match, and where in the snippet the match is. */
public record SearchHit(ItemSummary item, String snippet, List<Highlight> highlights) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }

    /** The snippet with each highlight between {@code open} and {@code close}, e.g. 【】 for plain text. */
    public String markedSnippet(String open, String close) {
        StringBuilder sb = new StringBuilder(snippet);
        for (int i = highlights.size() - 1; i >= 0; i--) {
            Highlight h = highlights.get(i);
            sb.insert(h.end(), close).insert(h.start(), open);
        }
        return sb.toString();
    }
}

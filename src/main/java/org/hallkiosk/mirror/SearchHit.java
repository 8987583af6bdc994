package org.hallkiosk.mirror;

import java.util.List;
import org.hallkiosk.content.ItemSummary;

/** One result: the item, a short snippet around the match, and where in the snippet the match is. */
public record SearchHit(ItemSummary item, String snippet, List<Highlight> highlights) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}

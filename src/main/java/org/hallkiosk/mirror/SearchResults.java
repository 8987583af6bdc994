package org.hallkiosk.mirror;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallkiosk.content.ItemType;

/** The results of a query, best first; when there are none, titles the visitor may have meant. */
public record SearchResults(String query, List<SearchHit> hits, List<String> didYouMean) {
    public SearchResults {
        hits = List.copyOf(hits);
        didYouMean = List.copyOf(didYouMean);
    }

    /** The hits grouped by type, for "results by type": the group with the best hit first, best first within. */
    public Map<ItemType, List<SearchHit>> byType() {
        Map<ItemType, List<SearchHit>> groups = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            groups.computeIfAbsent(hit.item().type(), t -> new java.util.ArrayList<>()).add(hit);
        }
        groups.replaceAll((t, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(groups);
    }
}

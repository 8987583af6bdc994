package org.hallkiosk.mirror;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallkiosk.content.ItemType;

/**
 * The results of a query, best first; when there are none, titles the visitor may have meant.
 *
 * @param understood the words searched, after question words were dropped and before synonyms were added
 * @param expanded for each understood word that has them, the other words it was also searched as
 * @param dropped words left out because no item had them all together (then {@link #relaxed()})
 */
public record SearchResults(String query, List<SearchHit> hits, List<String> didYouMean, List<String> understood,
                            Map<String, List<String>> expanded, List<String> dropped) {
    public SearchResults {
        hits = List.copyOf(hits);
        didYouMean = List.copyOf(didYouMean);
        understood = List.copyOf(understood);
        expanded = Collections.unmodifiableMap(new LinkedHashMap<>(expanded));
        dropped = List.copyOf(dropped);
    }

    public SearchResults(String query, List<SearchHit> hits, List<String> didYouMean) {
        this(query, hits, didYouMean, List.of(), Map.of(), List.of());
    }

    /** True when not every understood word could be required: the results hold only some of them. */
    public boolean relaxed() {
        return !dropped.isEmpty();
    }

    /** The hits grouped by type, for "results by type": the group with the best hit first, best first within. */
    public Map<ItemType, List<SearchHit>> byType() {
        Map<ItemType, List<SearchHit>> groups = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            groups.computeIfAbsent(hit.item().type(), t -> new ArrayList<>()).add(hit);
        }
        groups.replaceAll((t, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(groups);
    }
}

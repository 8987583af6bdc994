package org.hallkiosk.mirror;

import java.util.List;

/** The results of a query, best first; when there are none, titles the visitor may have meant. */
public record SearchResults(String query, List<SearchHit> hits, List<String> didYouMean) {
    public SearchResults {
        hits = List.copyOf(hits);
        didYouMean = List.copyOf(didYouMean);
    }
}

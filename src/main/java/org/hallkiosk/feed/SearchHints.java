package org.hallkiosk.feed;

import java.util.List;

/**
 * The manifest's optional {@code search}: the publisher's synonym groups (words a visitor may type for the
 * same thing) and best bets (items put first for a query). Advice for search, never a reason to refuse a feed.
 */
public record SearchHints(List<List<String>> synonyms, List<BestBet> bestBets) {

    public static final SearchHints NONE = new SearchHints(List.of(), List.of());

    public SearchHints {
        synonyms = synonyms.stream().map(List::copyOf).toList();
        bestBets = List.copyOf(bestBets);
    }

    /** Items to put first when a visitor searches {@code query}. */
    public record BestBet(String query, List<String> items) {
        public BestBet {
            items = List.copyOf(items);
        }
    }

    public boolean isEmpty() {
        return synonyms.isEmpty() && bestBets.isEmpty();
    }
}

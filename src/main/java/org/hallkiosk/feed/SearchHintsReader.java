package org.hallkiosk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads {@code search} of a manifest, or of a content folder's feed.json, leniently: an entry of the wrong shape
 * is skipped and logged, since one bad hint must not stop a hall's updates. Sizes are capped.
 */
public final class SearchHintsReader {

    static final int MAX_GROUPS = 2000;
    static final int MAX_WORDS = 20;
    static final int MAX_CHARS = 30;
    private static final Logger LOG = Logger.getLogger(SearchHintsReader.class.getName());

    private SearchHintsReader() {
    }

    public static SearchHints read(JsonNode search) {
        if (search == null || search.isNull() || search.isMissingNode()) {
            return SearchHints.NONE;
        }
        if (!search.isObject()) {
            LOG.warning("manifest: search is not an object; ignored");
            return SearchHints.NONE;
        }
        List<List<String>> synonyms = new ArrayList<>();
        for (JsonNode group : array(search.get("synonyms"), "search.synonyms")) {
            List<String> words = words(group, "search.synonyms[]");
            if (words.size() >= 2) {
                synonyms.add(words);
            }
        }
        List<SearchHints.BestBet> bets = new ArrayList<>();
        for (JsonNode bet : array(search.get("best_bets"), "search.best_bets")) {
            JsonNode q = bet.get("query");
            if (!bet.isObject() || q == null || !q.isTextual() || q.asText().isBlank()
                    || q.asText().length() > MAX_CHARS) {
                LOG.warning("manifest: a search.best_bets entry has no usable query; ignored");
                continue;
            }
            List<String> items = words(bet.get("items"), "search.best_bets[].items");
            if (!items.isEmpty()) {
                bets.add(new SearchHints.BestBet(q.asText().strip(), items));
            }
        }
        return new SearchHints(synonyms, bets);
    }

    private static List<JsonNode> array(JsonNode node, String name) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            LOG.warning("manifest: " + name + " is not an array; ignored");
            return out;
        }
        for (JsonNode n : node) {
            if (out.size() < MAX_GROUPS) {
                out.add(n);
            }
        }
        return out;
    }

    private static List<String> words(JsonNode node, String name) {
        List<String> out = new ArrayList<>();
        if (node == null || !node.isArray()) {
            LOG.warning("manifest: " + name + " is not an array of text; ignored");
            return out;
        }
        for (JsonNode w : node) {
            if (w.isTextual() && !w.asText().isBlank() && w.asText().length() <= MAX_CHARS && out.size() < MAX_WORDS) {
                out.add(w.asText().strip());
            }
        }
        return out;
    }
}

package org.hallkiosk.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.i18n.Messages;

/**
 * {@code publish --suggest-hints}: closes the loop from what visitors asked to what the bureau publishes
 * (依申请 → 主动). Reads kiosks' {@code stats --csv} exports (kind,item_id,column_id,query,count), takes the
 * searches that found nothing ({@code search_miss}), and for each lists the items that share the most of its
 * characters with their titles and keywords, and a synonym group for feed.json's {@code search.synonyms}.
 * These are suggestions for a person to judge, not changes.
 */
public final class SearchHints {

    /** A query that found nothing, how often, the items it may have meant and a synonym to add. */
    public record Miss(String query, int count, List<ObjectNode> candidates, List<String> synonyms) {
    }

    private static final int CANDIDATES = 3;

    private SearchHints() {
    }

    public static List<Miss> misses(Path content, List<Path> statsFiles) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Path f : statsFiles) {
            for (Table.Row row : CsvTable.read(f).rows()) {
                if (row.get("kind").equals("search_miss") && !row.get("query").isEmpty()) {
                    int n;
                    try {
                        n = Integer.parseInt(row.get("count"));
                    } catch (NumberFormatException e) {
                        n = 1;
                    }
                    counts.merge(row.get("query"), n, Integer::sum);
                }
            }
        }
        List<ObjectNode> items = new ArrayList<>(new ContentFolder(content).existingItems().values());
        items.sort(Comparator.comparing(i -> i.path("id").asText()));
        List<Miss> out = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.add(miss(e.getKey(), e.getValue(), items)));
        return out;
    }

    private static Miss miss(String query, int count, List<ObjectNode> items) {
        Set<Integer> chars = characters(query);
        List<ObjectNode> candidates = items.stream()
                .filter(i -> score(chars, text(i)) * 2 >= chars.size() && score(chars, text(i)) > 0)
                .sorted(Comparator.comparingInt((ObjectNode i) -> -score(chars, text(i))))
                .limit(CANDIDATES).toList();
        List<String> synonyms = new ArrayList<>();
        if (!candidates.isEmpty()) {
            String best = null;
            int bestScore = 0;
            List<String> words = new ArrayList<>();
            candidates.get(0).path("keywords").forEach(k -> words.add(k.asText()));
            for (String w : words) {
                int s = score(chars, w);
                if (s > bestScore && !w.equals(query)) {
                    best = w;
                    bestScore = s;
                }
            }
            if (best != null) {
                synonyms = List.of(query, best);
            }
        }
        return new Miss(query, count, candidates, synonyms);
    }

    /** The report printed by {@code publish --suggest-hints}. */
    public static String report(Path content, List<Path> statsFiles) throws IOException {
        List<Miss> misses = misses(content, statsFiles);
        StringBuilder s = new StringBuilder();
        if (misses.isEmpty()) {
            return Messages.get("hints.none") + "\n";
        }
        s.append(Messages.get("hints.header", misses.size(), misses.stream().mapToInt(Miss::count).sum()))
                .append('\n');
        ArrayNode groups = FeedJson.MAPPER.createArrayNode();
        for (Miss m : misses) {
            s.append("\n  ").append(m.query()).append("  ×").append(m.count()).append('\n');
            if (m.candidates().isEmpty()) {
                s.append("    ").append(Messages.get("hints.nothingClose")).append('\n');
            }
            for (ObjectNode c : m.candidates()) {
                s.append("    ").append(Messages.get("hints.candidate", c.path("id").asText(),
                        c.path("title").asText())).append('\n');
            }
            if (!m.synonyms().isEmpty()) {
                ArrayNode g = groups.addArray();
                m.synonyms().forEach(g::add);
                s.append("    ").append(Messages.get("hints.synonym", String.join("、", m.synonyms()))).append('\n');
            }
        }
        if (!groups.isEmpty()) {
            ObjectNode snippet = FeedJson.MAPPER.createObjectNode();
            snippet.putObject("search").set("synonyms", groups);
            s.append('\n').append(Messages.get("hints.snippet")).append('\n')
                    .append(FeedJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(snippet)).append('\n');
        }
        return s.toString();
    }

    private static String text(ObjectNode item) {
        StringBuilder t = new StringBuilder(item.path("title").asText());
        item.path("keywords").forEach(k -> t.append(' ').append(k.asText()));
        t.append(' ').append(item.path("summary").asText(""));
        return t.toString();
    }

    private static Set<Integer> characters(String query) {
        Set<Integer> out = new LinkedHashSet<>();
        query.codePoints().filter(Character::isLetterOrDigit).forEach(out::add);
        return out;
    }

    private static int score(Set<Integer> chars, String text) {
        int n = 0;
        for (int c : chars) {
            if (text.indexOf(c) >= 0) {
                n++;
            }
        }
        return n;
    }
}

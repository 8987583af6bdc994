package org.hallkiosk.mirror;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds items. This first version matches the query as one substring of titles, document numbers and
 * summaries; the Chinese-aware index (pinyin, initials, normalised document numbers, ranking) replaces it.
 */
public final class Search {

    private final Mirror mirror;

    Search(Mirror mirror) {
        this.mirror = mirror;
    }

    public SearchResults search(String query, SearchFilter filter, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new SearchResults(q, List.of(), List.of());
        }
        List<SearchHit> hits = mirror.read(c -> {
            StringBuilder sql = new StringBuilder("SELECT " + ItemStore.SUMMARY_COLUMNS + " FROM items i WHERE"
                    + " (i.title LIKE ?1 OR i.doc_no LIKE ?1 OR i.summary LIKE ?1)");
            if (filter.type() != null) {
                sql.append(" AND i.type = ?2");
            }
            if (filter.columnId() != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM item_columns ic WHERE ic.item_id = i.id AND ic.column_id = ?3)");
            }
            sql.append(" ORDER BY (i.title LIKE ?1) DESC, i.published_at DESC LIMIT ?4");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setString(1, "%" + q + "%");
                ps.setString(2, filter.type() == null ? null : filter.type().code());
                ps.setString(3, filter.columnId());
                ps.setInt(4, limit);
                List<SearchHit> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        var item = ItemStore.summary(rs, 1);
                        int at = item.title().indexOf(q);
                        out.add(new SearchHit(item, item.title(),
                                at < 0 ? List.of() : List.of(new Highlight(at, at + q.length()))));
                    }
                }
                return out;
            }
        });
        return new SearchResults(q, hits, List.of());
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.strip();
        if (p.isEmpty()) {
            return List.of();
        }
        return mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT title, id FROM items WHERE title LIKE ? ORDER BY published_at DESC LIMIT ?")) {
                ps.setString(1, "%" + p + "%");
                ps.setInt(2, limit);
                List<Suggestion> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Suggestion(rs.getString(1), rs.getString(2)));
                    }
                }
                return out;
            }
        });
    }
}

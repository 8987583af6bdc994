package org.hallkiosk.mirror;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hallkiosk.content.Column;

/**
 * Checks the mirrored content against the work plan's rules, for staff: 三同步 (a policy with its
 * interpretation), 要素齐全 (summary and url present), 错链断链 (related items and attachments that are
 * there), 僵尸栏目 (columns that have had nothing new for too long).
 */
public final class ContentHealth {

    private final Mirror mirror;

    public ContentHealth(Mirror mirror) {
        this.mirror = mirror;
    }

    /** Everything found, grouped by kind in the order of {@link HealthFinding.Kind}. */
    public List<HealthFinding> check(Instant now, Duration staleAfter) {
        List<HealthFinding> out = new ArrayList<>();
        mirror.read(c -> {
            policiesWithoutInterpretation(c, out);
            missingRelated(c, out);
            missingAttachments(c, out);
            return null;
        });
        staleColumns(now, staleAfter, out);
        mirror.read(c -> {
            query(c, "SELECT id, title FROM items WHERE summary IS NULL OR trim(summary) = '' ORDER BY id",
                    rs -> out.add(new HealthFinding(HealthFinding.Kind.MISSING_SUMMARY, rs.getString(1),
                            rs.getString(2), null)));
            query(c, "SELECT id, title FROM items WHERE url IS NULL OR trim(url) = '' ORDER BY id",
                    rs -> out.add(new HealthFinding(HealthFinding.Kind.MISSING_URL, rs.getString(1),
                            rs.getString(2), null)));
            return null;
        });
        mirror.items().state().ifPresent(state -> ContentFreshness.of(state, now).filter(ContentFreshness::stale)
                .ifPresent(f -> out.add(new HealthFinding(HealthFinding.Kind.CONTENT_EXPIRED,
                        Long.toString(state.sequence()), state.publisher(), state.expires()))));
        return out;
    }

    private static void policiesWithoutInterpretation(Connection c, List<HealthFinding> out) throws SQLException {
        query(c, "SELECT p.id, p.title, p.validity FROM items p WHERE p.type = 'policy' AND NOT EXISTS"
                + " (SELECT 1 FROM items i WHERE i.interprets = p.id) ORDER BY p.published_at DESC, p.id",
                rs -> out.add(new HealthFinding(HealthFinding.Kind.POLICY_WITHOUT_INTERPRETATION, rs.getString(1),
                        rs.getString(2), rs.getString(3))));
    }

    private static void missingRelated(Connection c, List<HealthFinding> out) throws SQLException {
        query(c, "SELECT r.item_id, i.title, r.related_id FROM item_related r JOIN items i ON i.id = r.item_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM items x WHERE x.id = r.related_id) ORDER BY r.item_id, r.ord",
                rs -> out.add(new HealthFinding(HealthFinding.Kind.MISSING_RELATED, rs.getString(1),
                        rs.getString(2), rs.getString(3))));
    }

    private void missingAttachments(Connection c, List<HealthFinding> out) throws SQLException {
        query(c, "SELECT f.item_id, i.title, f.sha256 FROM item_files f JOIN items i ON i.id = f.item_id"
                + " ORDER BY f.item_id, f.sha256", rs -> {
                    String hash = rs.getString(3);
                    if (!mirror.files().has(hash)) {
                        out.add(new HealthFinding(HealthFinding.Kind.MISSING_ATTACHMENT, rs.getString(1),
                                rs.getString(2), hash));
                    }
                });
    }

    /** A column counts the items of its sub-columns too: a 专题 with busy sub-columns is not stale. */
    private void staleColumns(Instant now, Duration staleAfter, List<HealthFinding> out) {
        List<Column> columns = mirror.items().columns();
        Map<String, Long> newest = mirror.read(c -> {
            Map<String, Long> m = new HashMap<>();
            query(c, "SELECT column_id, max(published_at) FROM item_columns GROUP BY column_id",
                    rs -> m.put(rs.getString(1), rs.getLong(2)));
            return m;
        });
        Map<String, List<String>> children = new HashMap<>();
        columns.forEach(col -> {
            if (col.parent() != null) {
                children.computeIfAbsent(col.parent(), k -> new ArrayList<>()).add(col.id());
            }
        });
        long cutoff = now.minus(staleAfter).getEpochSecond();
        for (Column col : columns) {
            Long latest = newestIn(col.id(), newest, children);
            if (latest == null || latest < cutoff) {
                out.add(new HealthFinding(HealthFinding.Kind.STALE_COLUMN, col.id(), col.name(),
                        latest == null ? null : ItemStore.epochToDate(latest).toLocalDate().toString()));
            }
        }
    }

    private static Long newestIn(String column, Map<String, Long> newest, Map<String, List<String>> children) {
        Long best = newest.get(column);
        for (String child : children.getOrDefault(column, List.of())) {
            Long n = newestIn(child, newest, children);
            if (n != null && (best == null || n > best)) {
                best = n;
            }
        }
        return best;
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, RowHandler handler) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.handle(rs);
            }
        }
    }
}

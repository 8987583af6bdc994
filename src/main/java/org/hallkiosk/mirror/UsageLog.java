package org.hallkiosk.mirror;

import java.sql.PreparedStatement;
import java.sql.Types;

/**
 * The anonymous usage log: what visitors did (viewed an item, searched, found nothing), with the time and
 * never anything about the person. The only thing a visitor's actions write to the mirror.
 */
public final class UsageLog {

    /** The kind of event a search is; a search with {@code result_count} 0 is one that found nothing. */
    public static final String SEARCH = "search";

    private final Mirror mirror;
    private final boolean muted;

    UsageLog(Mirror mirror, boolean muted) {
        this.mirror = mirror;
        this.muted = muted;
    }

    /** One event; the fields that do not apply are null. */
    public void record(String kind, String itemId, String columnId, String query, Integer resultCount, Integer value) {
        if (muted) {
            return;
        }
        mirror.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO usage_events(at, kind, item_id, column_id,"
                    + " query, result_count, value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, SyncHistory.now());
                ps.setString(2, kind);
                ps.setString(3, itemId);
                ps.setString(4, columnId);
                ps.setString(5, query);
                setInt(ps, 6, resultCount);
                setInt(ps, 7, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A visitor's search: the query and how many results it showed (0: found nothing). */
    public void recordSearch(String query, int hits) {
        record(SEARCH, null, null, query, hits, null);
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}

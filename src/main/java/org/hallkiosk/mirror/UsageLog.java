package org.hallkiosk.mirror;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.hallkiosk.feed.FeedDates;

/**
 * The anonymous usage log: what visitors did (viewed an item, searched, found nothing), with the day and
 * never anything about the person: no time of day, and ids drawn at random, so the rows of one visit cannot be
 * told from those of another. Kept for the staff's retention (90 days by default). The only thing a visitor's
 * actions write to the mirror.
 */
public final class UsageLog {

    /** The kind of event a search is; a search with {@code result_count} 0 is one that found nothing. */
    public static final String SEARCH = "search";

    private static final RandomGenerator RANDOM = new SecureRandom();

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
            // The day only, and a random id: nothing in a row links the searches of one visit to each other.
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO usage_events(id, at, kind, item_id,"
                    + " column_id, query, result_count, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int attempt = 0; attempt < 3; attempt++) {
                    ps.setLong(1, RANDOM.nextLong(1, Long.MAX_VALUE));
                    ps.setString(2, LocalDate.now(FeedDates.CHINA).toString());
                    ps.setString(3, kind);
                    ps.setString(4, itemId);
                    ps.setString(5, columnId);
                    ps.setString(6, query);
                    setInt(ps, 7, resultCount);
                    setInt(ps, 8, value);
                    if (ps.executeUpdate() == 1) {
                        break;
                    }
                }
            }
            return null;
        });
    }

    /** A visitor's search: the query and how many results it showed (0: found nothing). */
    public void recordSearch(String query, int hits) {
        record(SEARCH, null, null, query, hits, null);
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}

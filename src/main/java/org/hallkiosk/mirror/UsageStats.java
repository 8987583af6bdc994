package org.hallkiosk.mirror;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.feed.FeedDates;

/** Reads the anonymous usage log back for staff: counts per kind, item, column and query; and forgets old rows. */
public final class UsageStats {

    private final Mirror mirror;

    public UsageStats(Mirror mirror) {
        this.mirror = mirror;
    }

    /** One line of the export: how many times {@code kind} happened for this item, column or query. */
    public record Row(String kind, String itemId, String columnId, String query, int count) {
    }

    /**
     * Counts since {@code since}, most frequent first. Searches that found nothing count as kind "search_miss";
     * ratings (kind "rating", value 1 or 0) as "rating_helpful" and "rating_unhelpful".
     */
    public List<Row> since(Instant since) {
        // Events are kept by the hall's day (YYYY-MM-DD): count the days from the one {@code since} falls on.
        String from = since.atZone(FeedDates.CHINA).toLocalDate().toString();
        return mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT CASE WHEN kind = 'search' AND result_count = 0"
                    + " THEN 'search_miss' WHEN kind = 'rating' AND value = 1 THEN 'rating_helpful'"
                    + " WHEN kind = 'rating' THEN 'rating_unhelpful' ELSE kind END AS k,"
                    + " item_id, column_id, query, count(*) AS n"
                    + " FROM usage_events WHERE substr(at, 1, 10) >= ?"
                    + " GROUP BY k, item_id, column_id, query ORDER BY n DESC, k, item_id, column_id, query")) {
                ps.setString(1, from);
                List<Row> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5)));
                    }
                }
                return out;
            }
        });
    }

    /** How many events of one kind happened on one day (the hall's calendar, YYYY-MM-DD). */
    public record DayCount(String day, String kind, int count) {
    }

    /** How many times a search that found nothing was made on one day. */
    public record DayMiss(String day, String query, int count) {
    }

    /**
     * Counts per day and kind from {@code since}'s day on, kinds named as in {@link #since}; newest day first.
     * Only days and counts: nothing that says when in the day or which searches belonged to one visit.
     */
    public List<DayCount> byDay(Instant since) {
        String from = since.atZone(FeedDates.CHINA).toLocalDate().toString();
        return mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT substr(at, 1, 10) AS d, CASE WHEN kind = 'search'"
                    + " AND result_count = 0 THEN 'search_miss' WHEN kind = 'rating' AND value = 1"
                    + " THEN 'rating_helpful' WHEN kind = 'rating' THEN 'rating_unhelpful' ELSE kind END AS k,"
                    + " count(*) FROM usage_events WHERE substr(at, 1, 10) >= ? GROUP BY d, k ORDER BY d DESC, k")) {
                ps.setString(1, from);
                List<DayCount> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DayCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * The searches that found nothing, per day from {@code since}'s day on, at most {@code perDay} queries a day
     * (the most frequent); newest day first.
     */
    public List<DayMiss> missesByDay(Instant since, int perDay) {
        String from = since.atZone(FeedDates.CHINA).toLocalDate().toString();
        return mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT d, query, n FROM (SELECT substr(at, 1, 10) AS d,"
                    + " query, count(*) AS n, row_number() OVER (PARTITION BY substr(at, 1, 10)"
                    + " ORDER BY count(*) DESC, query) AS r FROM usage_events WHERE kind = 'search'"
                    + " AND result_count = 0 AND query IS NOT NULL AND query <> '' AND substr(at, 1, 10) >= ?"
                    + " GROUP BY d, query) WHERE r <= ? ORDER BY d DESC, n DESC, query")) {
                ps.setString(1, from);
                ps.setInt(2, perDay);
                List<DayMiss> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DayMiss(rs.getString(1), rs.getString(2), rs.getInt(3)));
                    }
                }
                return out;
            }
        });
    }

    /** Deletes every event older than {@code cutoff}; returns how many went. */
    public int deleteOlderThan(Instant cutoff) {
        String before = cutoff.atZone(FeedDates.CHINA).toLocalDate().toString();
        return mirror.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM usage_events WHERE substr(at, 1, 10) < ?")) {
                ps.setString(1, before);
                return ps.executeUpdate();
            }
        });
    }
}

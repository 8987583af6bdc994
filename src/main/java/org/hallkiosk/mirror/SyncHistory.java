package org.hallkiosk.mirror;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every sync attempt: written as running when it starts, so a crash still leaves a trace. */
public final class SyncHistory {

    private static final String COLUMNS = "id, started_at, finished_at, source, trigger, outcome, sequence_before,"
            + " sequence_after, new_items, changed_items, withdrawn_items, files, bytes, reason_key, reason";

    private final Mirror mirror;

    SyncHistory(Mirror mirror) {
        this.mirror = mirror;
    }

    static String now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * Marks attempts left running by a process that died as interrupted, with {@code reason} for staff to read;
     * returns how many. Call it only while holding the sync lock, or a live sync would be marked.
     */
    public int markInterrupted(String reason) {
        return mirror.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_history SET outcome = 'interrupted',"
                    + " reason_key = 'sync.interrupted', reason = ? WHERE outcome = 'running'")) {
                ps.setString(1, reason);
                return ps.executeUpdate();
            }
        });
    }

    public long begin(String source, String trigger, long sequenceBefore) {
        return mirror.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_history(started_at, source, trigger,"
                    + " outcome, sequence_before) VALUES (?, ?, ?, 'running', ?)")) {
                ps.setString(1, now());
                ps.setString(2, source);
                ps.setString(3, trigger);
                if (sequenceBefore < 0) {
                    ps.setNull(4, Types.INTEGER);
                } else {
                    ps.setLong(4, sequenceBefore);
                }
                ps.executeUpdate();
                // asked for here: the connections do not ask after every insert (see Mirror.connect)
                try (Statement s = c.createStatement(); ResultSet key = s.executeQuery("SELECT last_insert_rowid()")) {
                    key.next();
                    return key.getLong(1);
                }
            }
        });
    }

    /**
     * Writes what attempt {@code id} did when it ends; its source and sequence before were written by
     * {@link #begin}.
     */
    public void finish(long id, SyncReport report) {
        mirror.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_history SET finished_at = ?, outcome = ?,"
                    + " sequence_after = ?, new_items = ?, changed_items = ?, withdrawn_items = ?, files = ?,"
                    + " bytes = ?, reason_key = ?, reason = ? WHERE id = ?")) {
                ps.setString(1, now());
                ps.setString(2, report.outcome().code());
                if (report.sequenceAfter() < 0) {
                    ps.setNull(3, Types.INTEGER);
                } else {
                    ps.setLong(3, report.sequenceAfter());
                }
                ps.setInt(4, report.newItems());
                ps.setInt(5, report.changedItems());
                ps.setInt(6, report.withdrawnItems());
                ps.setInt(7, report.files());
                ps.setLong(8, report.bytes());
                ps.setString(9, report.reasonKey());
                ps.setString(10, report.reason());
                ps.setLong(11, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The newest attempts first. */
    public List<SyncRecord> recent(int limit) {
        return mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM sync_history ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<SyncRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(record(rs));
                    }
                }
                return out;
            }
        });
    }

    public Optional<SyncRecord> last() {
        return recent(1).stream().findFirst();
    }

    /** The newest attempt that applied a publication or found nothing new. */
    public Optional<SyncRecord> lastSuccess() {
        return mirror.read(c -> {
            try (var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM sync_history"
                         + " WHERE outcome IN ('applied', 'unchanged') ORDER BY id DESC LIMIT 1")) {
                return rs.next() ? Optional.of(record(rs)) : Optional.<SyncRecord>empty();
            }
        });
    }

    private static SyncRecord record(ResultSet rs) throws SQLException {
        return new SyncRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                SyncOutcome.fromCode(rs.getString(6)), nullableLong(rs, 7), nullableLong(rs, 8), rs.getInt(9),
                rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getLong(13), rs.getString(14), rs.getString(15));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}

package org.hallkiosk.mirror;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hallkiosk.content.Column;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.content.Validity;
import org.hallkiosk.feed.FeedDates;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.ItemLinks;
import org.hallkiosk.feed.ItemReader;

/** Read-only queries on the mirrored content. */
public final class ItemStore {

    static final String SUMMARY_COLUMNS = "i.id, i.type, i.title, i.summary, i.published_at, i.validity, i.doc_no";

    private final Mirror mirror;

    ItemStore(Mirror mirror) {
        this.mirror = mirror;
    }

    public Optional<FeedState> state() {
        return mirror.read(ItemStore::state);
    }

    static Optional<FeedState> state(Connection c) throws SQLException {
        try (var s = c.createStatement();
             // A mirror left at an older schema (upgrade tests) has no key or expiry columns yet.
             ResultSet rs = s.executeQuery("SELECT sequence, publisher, generated_at, source, etag, last_modified,"
                     + " applied_at, " + (Migrations.currentVersion(c) >= Migrations.KEY_GUARD_VERSION
                     ? "key_fingerprint, expires" : "NULL, NULL") + " FROM feed_state WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new FeedState(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
        }
    }

    /** The sequence held, or -1 for an empty mirror. */
    public long sequence() {
        return state().map(FeedState::sequence).orElse(-1L);
    }

    public Optional<Item> item(String id) {
        byte[] json = mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json FROM items WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            }
        });
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ItemReader.read(json, "mirror:" + id));
        } catch (FeedException e) {
            // Only verified items are stored, so this means the file was damaged on disk.
            throw new MirrorException("stored item " + id + " no longer reads: " + e.getMessage(), e);
        }
    }

    public List<Column> columns() {
        return mirror.read(c -> {
            List<Column> out = new ArrayList<>();
            try (var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, name, parent, ord FROM columns ORDER BY ord, id")) {
                while (rs.next()) {
                    out.add(new Column(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
            return out;
        });
    }

    /** A column's items, newest first. */
    public List<ItemSummary> inColumn(String columnId, int offset, int limit) {
        return summaries("SELECT " + SUMMARY_COLUMNS + " FROM item_columns ic JOIN items i ON i.id = ic.item_id"
                + " WHERE ic.column_id = ? ORDER BY ic.published_at DESC, i.id LIMIT ? OFFSET ?",
                columnId, limit, offset);
    }

    public int countInColumn(String columnId) {
        return mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM item_columns WHERE column_id = ?")) {
                ps.setString(1, columnId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** The interpretations that explain a policy (三同步), newest first. */
    public List<ItemSummary> interpretationsOf(String policyId) {
        return summaries("SELECT " + SUMMARY_COLUMNS + " FROM items i WHERE i.interprets = ?"
                + " ORDER BY i.published_at DESC, i.id", policyId);
    }

    public List<ItemSummary> summaries(List<String> ids) {
        List<ItemSummary> out = new ArrayList<>();
        for (String id : ids) {
            List<ItemSummary> one = summaries("SELECT " + SUMMARY_COLUMNS + " FROM items i WHERE i.id = ?", id);
            out.addAll(one);
        }
        return out;
    }

    private List<ItemSummary> summaries(String sql, Object... args) {
        return mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<ItemSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(summary(rs, 1));
                    }
                }
                return out;
            }
        });
    }

    /** Reads the {@link #SUMMARY_COLUMNS} starting at column {@code at}. */
    public static ItemSummary summary(ResultSet rs, int at) throws SQLException {
        String validity = rs.getString(at + 5);
        return new ItemSummary(rs.getString(at), ItemType.fromCode(rs.getString(at + 1)).orElseThrow(),
                rs.getString(at + 2), rs.getString(at + 3), epochToDate(rs.getLong(at + 4)),
                validity == null ? null : Validity.fromCode(validity).orElse(null), rs.getString(at + 6));
    }

    static OffsetDateTime epochToDate(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).atOffset(FeedDates.CHINA);
    }

    /** Each held item's id and the hash of its file, to tell what a new manifest changes. */
    public Map<String, String> itemHashes() {
        return mirror.read(c -> {
            Map<String, String> out = new HashMap<>();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, sha256 FROM items")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** Every held item's title by id, to link the 《…》 names a text cites to the items they name. */
    public Map<String, String> titles() {
        return mirror.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, title FROM items")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** What each held item points at, to check a new publication that keeps some items unchanged. */
    public Map<String, ItemLinks> links() {
        return mirror.read(c -> {
            Map<String, String[]> base = new LinkedHashMap<>();
            try (var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, type, interprets FROM items")) {
                while (rs.next()) {
                    base.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            Map<String, List<String>> columns = multimap(c, "SELECT item_id, column_id FROM item_columns");
            Map<String, List<String>> files = multimap(c, "SELECT item_id, sha256 FROM item_files");
            Map<String, ItemLinks> out = new HashMap<>();
            base.forEach((id, row) -> out.put(id, new ItemLinks(id, row[0], columns.getOrDefault(id, List.of()),
                    row[1], files.getOrDefault(id, List.of()))));
            return out;
        });
    }

    private static Map<String, List<String>> multimap(Connection c, String sql) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    /** Hashes of the attachments the current publication lists. */
    public Set<String> fileHashes() {
        return mirror.read(c -> {
            Set<String> out = new HashSet<>();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sha256 FROM files")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public Optional<String> mediaType(String sha256) {
        return mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT media_type FROM files WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** How much the mirror holds. */
    public record Counts(int items, int files, int columns) {
    }

    public Counts counts() {
        return mirror.read(c -> new Counts(count(c, "items"), count(c, "files"), count(c, "columns")));
    }

    private static int count(Connection c, String table) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}

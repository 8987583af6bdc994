package org.hallkiosk.mirror;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.content.Validity;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.ItemReader;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.feed.SearchHints;
import org.hallkiosk.feed.SearchHintsReader;

/**
 * The search index, written with the items in the sync's one transaction. {@code search_docs} holds what
 * names an item (title, keywords, numbers, and the pinyin lattices of title and keywords) for the in-memory
 * {@link SearchCatalog}; {@code search_fts} (FTS5, contentless) holds the tokens of {@link SearchText}.
 *
 * <p>A row's rowid is its order among equal matches: guides first, then effective before amended before
 * expired or repealed, then newer first. So the full-text index hands its matches back already in that order
 * and a query stops after the first few.
 */
final class SearchIndex implements ItemIndex {

    /** The tables (migration step 3). */
    static final String[] SCHEMA = {
            """
            CREATE TABLE search_docs (
              rowid INTEGER PRIMARY KEY,
              item_id TEXT NOT NULL UNIQUE,
              type TEXT NOT NULL,
              columns TEXT NOT NULL,
              title TEXT NOT NULL,
              title_py TEXT NOT NULL,
              keywords TEXT NOT NULL,
              keywords_py TEXT NOT NULL,
              doc_no TEXT,
              index_no TEXT)""",
            "CREATE VIRTUAL TABLE search_fts USING fts5(head, body, content='', contentless_delete=1)",
            // Bumped by every change, so a reader's catalog knows when to reload.
            "CREATE TABLE search_meta (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL)",
            "INSERT INTO search_meta(id, generation) VALUES (1, 0)"};

    /**
     * Migration step 4: what ranking needs beyond the names (validity, the policy an interpretation explains),
     * and the publisher's search hints, written in the sync's transaction with the items.
     */
    static final String[] SCHEMA_4 = {
            "ALTER TABLE search_docs ADD COLUMN validity TEXT",
            "ALTER TABLE search_docs ADD COLUMN interprets TEXT",
            "CREATE TABLE search_hints (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)"};

    /**
     * Migration step 7: the full-text index cuts the tokens {@link SearchText} made at the spaces only (the
     * {@code ascii} tokenizer) instead of looking each character up again ({@code unicode61}): three times as
     * fast to fill, the same tokens. Filled again from the items held.
     */
    static final String[] SCHEMA_7 = {
            "DROP TABLE search_fts",
            "CREATE VIRTUAL TABLE search_fts USING fts5(head, body, content='', contentless_delete=1, tokenize='ascii')"};

    private static final int TIE_BITS = 18;

    /** Statements kept for the connection of the sync that is writing: a first sync adds thousands of items. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private Connection preparedFor;
    private static final long MAX_TIME = (1L << 34) - 1;

    /**
     * A publication that adds this many items, and at least a quarter as many as the index holds already
     * ({@link #BULK_SHARE}), is loaded in bulk: FTS5 merges nothing while the items go in (the sorted batches of
     * {@link FullTextQueue} make a dozen large segments), and the index is optimised once after. Left unmerged,
     * the first incremental sync after paid for FTS5's own merging instead (1.65 s against 0.92 s for 1%
     * changed; docs/readme/sync.md).
     */
    static final int BULK_UPSERTS = 2_000;
    /**
     * The optimize rewrites the whole index, so it pays only when the apply brings a good part of it: 1% of a
     * province's 200,000 items is 2,000 too, and optimising 430 MiB of index for them took most of that sync.
     */
    static final int BULK_SHARE = 4;
    private static final int BULK_HASH_BYTES = 32 * 1024 * 1024;

    /**
     * What an item adds to the index, worked out without the database, on any thread. The tokens are UTF-8
     * already (see {@link FullTextQueue}): turning them into it was a twentieth of the one writer's work.
     */
    record Terms(long orderKey, String titlePinyin, String keywordsPinyin, byte[] headTokens, byte[] bodyTokens) {
    }

    private boolean bulk;
    /** The full-text rows, written in rowid order (see there why); all of them by {@link #publicationApplied}. */
    private final FullTextQueue fullText = new FullTextQueue();

    @Override
    public void remove(Connection c, String itemId) throws SQLException {
        PreparedStatement find = statement(c, "SELECT rowid FROM search_docs WHERE item_id = ?");
        find.setString(1, itemId);
        long rowid;
        try (ResultSet rs = find.executeQuery()) {
            if (!rs.next()) {
                return;
            }
            rowid = rs.getLong(1);
        }
        PreparedStatement ps = statement(c, "DELETE FROM search_docs WHERE rowid = ?");
        ps.setLong(1, rowid);
        ps.executeUpdate();
        fullText.delete(rowid);
    }

    @Override
    public Terms prepare(Item item) {
        StringBuilder keywordsPy = new StringBuilder();
        for (String k : item.keywords()) {
            keywordsPy.append(keywordsPy.isEmpty() ? "" : "\n").append(PinyinText.encode(k));
        }
        return new Terms(orderKey(item), PinyinText.encode(item.title()), keywordsPy.toString(),
                SearchText.tokensUtf8(SearchText.head(item)), SearchText.tokensUtf8(SearchText.body(item)));
    }

    @Override
    public void beginApply(Connection c, int upserts) throws SQLException {
        // what a rolled-back apply left held must not reach this one
        fullText.clear();
        // (the index is counted only for an apply big enough to be a bulk load)
        bulk = upserts >= BULK_UPSERTS && inBulk(upserts, held(c));
        if (bulk) {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 0)");
                s.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('crisismerge', 64)");
                // Terms gathered in memory (outside the Java heap) before a segment is written: fewer, larger
                // segments, and less for the optimize to merge.
                s.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', " + BULK_HASH_BYTES + ")");
            }
        }
    }

    /** True when an apply of {@code upserts} items into an index of {@code held} is loaded in bulk. */
    static boolean inBulk(int upserts, long held) {
        return upserts >= BULK_UPSERTS && (long) upserts * BULK_SHARE >= held;
    }

    private static long held(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM search_docs")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void add(Connection c, Item item, Object prepared) throws SQLException {
        Terms terms = (Terms) prepared;
        long rowid = freeRowid(c, terms.orderKey());
        {
            PreparedStatement ps = statement(c, "INSERT INTO search_docs(rowid, item_id, type, columns, title,"
                    + " title_py, keywords, keywords_py, doc_no, index_no, validity, interprets)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setLong(1, rowid);
            ps.setString(2, item.id());
            ps.setString(3, item.type().code());
            ps.setString(4, String.join(" ", item.columns()));
            ps.setString(5, item.title());
            ps.setString(6, terms.titlePinyin());
            ps.setString(7, String.join("\n", item.keywords()));
            ps.setString(8, terms.keywordsPinyin());
            ps.setString(9, item.policy() == null ? null : item.policy().docNo());
            ps.setString(10, item.policy() == null ? null : item.policy().indexNo());
            ps.setString(11, item.policy() == null || item.policy().validity() == null ? null
                    : item.policy().validity().code());
            ps.setString(12, item.interpretation() == null ? null : item.interpretation().interprets());
            ps.executeUpdate();
        }
        fullText.insert(c, rowid, terms.headTokens(), terms.bodyTokens());
    }

    @Override
    public void publicationApplied(Connection c, Manifest manifest) throws SQLException {
        fullText.write(c);
        endBulk(c);
        // Bumps the generation: once a publication, which is all a reader can see of it.
        writeHints(c, manifest.search());
    }

    /** After a bulk load: the index merged once, and FTS5's settings for small changes back. */
    private void endBulk(Connection c) throws SQLException {
        if (bulk) {
            bulk = false;
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
                s.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4)");
                s.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('crisismerge', 16)");
                s.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 1048576)");
            }
        }
    }

    /** Replaces the publisher's search hints (synonyms, best bets), as JSON; none when the feed has none. */
    static void writeHints(Connection c, SearchHints hints) throws SQLException {
        String json;
        try {
            // stored as the feed writes it, so that SearchHintsReader reads it back
            var root = FeedJson.MAPPER.createObjectNode();
            var synonyms = root.putArray("synonyms");
            var bets = root.putArray("best_bets");
            if (hints != null) {
                hints.synonyms().forEach(g -> g.forEach(synonyms.addArray()::add));
                for (var bet : hints.bestBets()) {
                    var b = bets.addObject().put("query", bet.query());
                    bet.items().forEach(b.putArray("items")::add);
                }
            }
            json = FeedJson.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new SQLException("search hints do not write as JSON", e);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO search_hints(id, json) VALUES (1, ?)")) {
            ps.setString(1, json);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE search_meta SET generation = generation + 1 WHERE id = 1");
        }
    }

    /** The hints the last sync stored. */
    static SearchHints readHints(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT json FROM search_hints WHERE id = 1")) {
            if (!rs.next()) {
                return SearchHints.NONE;
            }
            return SearchHintsReader.read(FeedJson.MAPPER.readTree(rs.getString(1)));
        } catch (JsonProcessingException e) {
            throw new SQLException("stored search hints do not read", e);
        }
    }

    /** Fills the index from the items the mirror holds (a mirror upgraded from before search had one). */
    static void rebuild(Connection c) throws SQLException {
        SearchIndex index = new SearchIndex();
        int held;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM items")) {
            held = rs.next() ? rs.getInt(1) : 0;
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM search_docs");
            s.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')");
        }
        index.beginApply(c, held);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, json FROM items")) {
            while (rs.next()) {
                String id = rs.getString(1);
                try {
                    index.add(c, ItemReader.read(rs.getBytes(2), "mirror:" + id));
                } catch (FeedException e) {
                    throw new SQLException("stored item " + id + " no longer reads: " + e.getMessage(), e);
                }
            }
            index.fullText.write(c);
            index.endBulk(c);
        } finally {
            index.releaseStatements();
        }
        bump(c);
    }

    /** Guides, then by validity, then newest first; the low bits tell apart items published the same second. */
    static long orderKey(Item item) {
        long group;
        if (item.type() == ItemType.GUIDE) {
            group = 0;
        } else {
            Validity v = item.policy() == null ? Validity.EFFECTIVE : item.policy().validity();
            group = 1 + Math.min(v.ordinal(), Validity.EXPIRED.ordinal());
        }
        long time = Math.max(0, Math.min(MAX_TIME, item.publishedAt().toEpochSecond()));
        return (group << 52) | ((MAX_TIME - time) << TIE_BITS);
    }

    private long freeRowid(Connection c, long base) throws SQLException {
        PreparedStatement ps = statement(c, "SELECT max(rowid) FROM search_docs WHERE rowid BETWEEN ? AND ?");
        ps.setLong(1, base);
        ps.setLong(2, base + (1L << TIE_BITS) - 1);
        try (ResultSet rs = ps.executeQuery()) {
            long max = rs.next() ? rs.getLong(1) : 0;
            return rs.wasNull() ? base : max + 1;
        }
    }

    private static void bump(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE search_meta SET generation = generation + 1 WHERE id = 1");
        }
    }

    private PreparedStatement statement(Connection c, String sql) throws SQLException {
        if (c != preparedFor) {
            releaseStatements();
            preparedFor = c;
        }
        PreparedStatement ps = prepared.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = c.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    private void releaseStatements() throws SQLException {
        for (PreparedStatement ps : prepared.values()) {
            ps.close();
        }
        prepared.clear();
        preparedFor = null;
    }

    static long generation(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT generation FROM search_meta WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }
}

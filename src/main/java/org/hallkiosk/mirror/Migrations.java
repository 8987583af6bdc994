package org.hallkiosk.mirror;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as a list of steps from an empty file up to the current version. A mirror written by an
 * older kiosk is upgraded in place at start, step by step, each step in its own transaction; content is kept.
 * Add a step at the end; never change one that has shipped.
 */
final class Migrations {

    /** The version that bound the replay guard to the publisher's key and kept the expiry. */
    static final int KEY_GUARD_VERSION = 4;

    /** One step: from version {@code version - 1} to {@code version}. */
    interface Step {
        int version();

        void apply(Connection c) throws SQLException;
    }

    private record SqlStep(int version, String... statements) implements Step {
        @Override
        public void apply(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
        }
    }

    /** A step that needs code, not only SQL (such as filling a new table from the items held). */
    private record CodeStep(int version, Work work) implements Step {
        interface Work {
            void run(Connection c) throws SQLException;
        }

        @Override
        public void apply(Connection c) throws SQLException {
            work.run(c);
        }
    }

    static final List<Step> STEPS = List.of(
            new SqlStep(1,
                    """
                    CREATE TABLE feed_state (
                      id INTEGER PRIMARY KEY CHECK (id = 1),
                      sequence INTEGER NOT NULL,
                      publisher TEXT,
                      generated_at TEXT,
                      source TEXT,
                      etag TEXT,
                      last_modified TEXT,
                      applied_at TEXT)""",
                    """
                    CREATE TABLE columns (
                      id TEXT PRIMARY KEY,
                      name TEXT NOT NULL,
                      parent TEXT,
                      ord INTEGER NOT NULL)""",
                    """
                    CREATE TABLE items (
                      id TEXT PRIMARY KEY,
                      type TEXT NOT NULL,
                      title TEXT NOT NULL,
                      summary TEXT,
                      published_at INTEGER NOT NULL,
                      updated_at INTEGER NOT NULL,
                      validity TEXT,
                      index_no TEXT,
                      doc_no TEXT,
                      interprets TEXT,
                      url TEXT,
                      sha256 TEXT NOT NULL,
                      size INTEGER NOT NULL,
                      json BLOB NOT NULL)""",
                    "CREATE INDEX items_interprets ON items(interprets)",
                    "CREATE INDEX items_type ON items(type, published_at)",
                    """
                    CREATE TABLE item_columns (
                      item_id TEXT NOT NULL,
                      column_id TEXT NOT NULL,
                      published_at INTEGER NOT NULL,
                      PRIMARY KEY (column_id, item_id))""",
                    "CREATE INDEX item_columns_by_date ON item_columns(column_id, published_at DESC)",
                    "CREATE INDEX item_columns_item ON item_columns(item_id)",
                    """
                    CREATE TABLE item_related (
                      item_id TEXT NOT NULL,
                      related_id TEXT NOT NULL,
                      ord INTEGER NOT NULL,
                      PRIMARY KEY (item_id, related_id))""",
                    """
                    CREATE TABLE item_files (
                      item_id TEXT NOT NULL,
                      sha256 TEXT NOT NULL,
                      PRIMARY KEY (item_id, sha256))""",
                    """
                    CREATE TABLE materials (
                      item_id TEXT NOT NULL,
                      ord INTEGER NOT NULL,
                      name TEXT NOT NULL,
                      form TEXT,
                      copies INTEGER,
                      required INTEGER NOT NULL,
                      blank_form TEXT,
                      sample TEXT,
                      PRIMARY KEY (item_id, ord))""",
                    """
                    CREATE TABLE files (
                      sha256 TEXT PRIMARY KEY,
                      size INTEGER NOT NULL,
                      media_type TEXT NOT NULL)""",
                    """
                    CREATE TABLE sync_history (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      started_at TEXT NOT NULL,
                      finished_at TEXT,
                      source TEXT NOT NULL,
                      trigger TEXT NOT NULL,
                      outcome TEXT NOT NULL,
                      sequence_before INTEGER,
                      sequence_after INTEGER,
                      new_items INTEGER NOT NULL DEFAULT 0,
                      changed_items INTEGER NOT NULL DEFAULT 0,
                      withdrawn_items INTEGER NOT NULL DEFAULT 0,
                      files INTEGER NOT NULL DEFAULT 0,
                      bytes INTEGER NOT NULL DEFAULT 0,
                      reason_key TEXT,
                      reason TEXT)"""),
            // The anonymous usage log: what was done, never who did it.
            new SqlStep(2,
                    """
                    CREATE TABLE usage_events (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      at TEXT NOT NULL,
                      kind TEXT NOT NULL,
                      item_id TEXT,
                      column_id TEXT,
                      query TEXT,
                      result_count INTEGER,
                      value INTEGER)""",
                    "CREATE INDEX usage_events_at ON usage_events(at)",
                    "CREATE INDEX usage_events_kind ON usage_events(kind, at)"),
            // The search index. (Step 3 also filled it; step 6 now does, with the columns it added.)
            new SqlStep(3, SearchIndex.SCHEMA),
            // The replay guard belongs to the publisher's key; the publication's expiry (format 1 additions).
            new SqlStep(4,
                    "ALTER TABLE feed_state ADD COLUMN key_fingerprint TEXT",
                    "ALTER TABLE feed_state ADD COLUMN expires TEXT"),
            // Privacy: usage events at day precision, in an order that says nothing about who did what after
            // what (the rows are copied in random order, so their ids no longer follow the visits).
            new SqlStep(5,
                    """
                    CREATE TABLE usage_events_daily (
                      id INTEGER PRIMARY KEY,
                      at TEXT NOT NULL,
                      kind TEXT NOT NULL,
                      item_id TEXT,
                      column_id TEXT,
                      query TEXT,
                      result_count INTEGER,
                      value INTEGER)""",
                    """
                    INSERT INTO usage_events_daily(at, kind, item_id, column_id, query, result_count, value)
                      SELECT substr(at, 1, 10), kind, item_id, column_id, query, result_count, value
                      FROM usage_events ORDER BY random()""",
                    "DROP TABLE usage_events",
                    "ALTER TABLE usage_events_daily RENAME TO usage_events",
                    "CREATE INDEX usage_events_at ON usage_events(at)",
                    "CREATE INDEX usage_events_kind ON usage_events(kind, at)"),
            // Ranking by validity and interpreted policy, and the publisher's search hints; the index is
            // filled again from the items held, so that an upgraded kiosk searches at once.
            new CodeStep(6, c -> {
                new SqlStep(6, SearchIndex.SCHEMA_4).apply(c);
                SearchIndex.rebuild(c);
            }),
            // The full-text index with the ascii tokenizer (SearchIndex.SCHEMA_7), filled again from the items.
            new CodeStep(7, c -> {
                new SqlStep(7, SearchIndex.SCHEMA_7).apply(c);
                SearchIndex.rebuild(c);
            }));

    private Migrations() {
    }

    static int latest() {
        return STEPS.get(STEPS.size() - 1).version();
    }

    /** Brings the mirror up to {@code target}, each step committed on its own; returns the version reached. */
    static int migrate(Connection c, int target) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        }
        int current = currentVersion(c);
        for (Step step : STEPS) {
            if (step.version() <= current || step.version() > target) {
                continue;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                step.apply(c);
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM schema_version");
                    s.execute("INSERT INTO schema_version(version) VALUES (" + step.version() + ")");
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            current = step.version();
        }
        return current;
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}

package org.hallkiosk.mirror;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hallkiosk.content.Column;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.Material;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.Manifest;

/** Swaps a new publication into the mirror in one transaction: readers see the old state or the new, whole. */
public final class ContentWriter {

    private static final List<String> ITEM_TABLES =
            List.of("item_columns", "item_related", "item_files", "materials");

    private final Mirror mirror;
    private final List<ItemIndex> indexes;

    ContentWriter(Mirror mirror, List<ItemIndex> indexes) {
        this.mirror = mirror;
        this.indexes = List.copyOf(indexes);
    }

    /**
     * A publication adding this many items gets a page cache big enough for the whole index it builds (memory
     * outside the Java heap, given back when the apply ends).
     */
    private static final int BIG_APPLY = 2_000;
    private static final int BIG_CACHE_KIB = 128 * 1024;

    public void apply(ContentUpdate update) {
        mirror.write(c -> {
            boolean big = update.upsertIds().size() >= BIG_APPLY;
            if (big) {
                pragma(c, "cache_size = -" + BIG_CACHE_KIB);
            }
            try {
                applyIn(c, update);
            } finally {
                if (big) {
                    restoreCache(c);
                }
            }
            return null;
        });
    }

    /** Back to SQLite's default cache; a failure here (a dead connection) must not hide why the apply failed. */
    private static void restoreCache(Connection c) {
        try {
            pragma(c, "cache_size = -2000");
        } catch (SQLException e) {
            Logger.getLogger(ContentWriter.class.getName()).log(Level.WARNING,
                    "could not restore the page cache size", e);
        }
    }

    private static void pragma(Connection c, String setting) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA " + setting);
        }
    }

    private void applyIn(Connection c, ContentUpdate update) throws SQLException {
        for (ItemIndex index : indexes) {
            index.beginApply(c, update.upsertIds().size());
        }
        try (ItemRemover remover = new ItemRemover(c)) {
            for (String id : update.withdrawn()) {
                remover.remove(id);
            }
            insertAll(c, update, remover);
        }
        replaceColumns(c, update.manifest().columns());
        replaceFiles(c, update.manifest().files());
        for (ItemIndex index : indexes) {
            index.publicationApplied(c, update.manifest());
        }
        writeState(c, update);
        tell(update.listener()::beforeCommit);
        tell(mirror.files()::flush);
    }

    /** Runs a listener's step; its failure rolls the transaction back, and the caller finds it as the cause. */
    private static void tell(ContentUpdate.Step step) throws SQLException {
        try {
            step.run();
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("the publication failed a check of its apply: " + e.getMessage(), e);
        }
    }

    private void insertAll(Connection c, ContentUpdate update, ItemRemover remover) throws SQLException {
        try (PreparedStatement item = c.prepareStatement("INSERT INTO items(id, type, title, summary,"
                + " published_at, updated_at, validity, index_no, doc_no, interprets, url, sha256, size, json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement column = c.prepareStatement(
                     "INSERT INTO item_columns(item_id, column_id, published_at) VALUES (?, ?, ?)");
             PreparedStatement related = c.prepareStatement(
                     "INSERT OR IGNORE INTO item_related(item_id, related_id, ord) VALUES (?, ?, ?)");
             PreparedStatement file = c.prepareStatement(
                     "INSERT OR IGNORE INTO item_files(item_id, sha256) VALUES (?, ?)");
             PreparedStatement material = c.prepareStatement("INSERT INTO materials(item_id, ord, name, form,"
                     + " copies, required, blank_form, sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedItems prepared = new PreparedItems(update.upsertIds(), update.loader(), indexes)) {
            for (String id : update.upsertIds()) {
                PreparedItems.Prepared next = prepared.next();
                remover.remove(id);
                insertItem(next.staged(), item, column, related, file, material);
                for (int i = 0; i < indexes.size(); i++) {
                    indexes.get(i).add(c, next.staged().item(), next.terms()[i]);
                }
                tell(() -> update.listener().itemApplied(next.staged()));
            }
        }
    }

    /**
     * Removes items and everything hung on them, with statements prepared once per apply: a first sync of
     * many thousand items would otherwise prepare five statements per item.
     */
    private final class ItemRemover implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement item;
        private final List<PreparedStatement> dependents = new ArrayList<>();

        ItemRemover(Connection c) throws SQLException {
            this.c = c;
            this.item = c.prepareStatement("DELETE FROM items WHERE id = ?");
            for (String table : ITEM_TABLES) {
                dependents.add(c.prepareStatement("DELETE FROM " + table + " WHERE item_id = ?"));
            }
        }

        void remove(String id) throws SQLException {
            item.setString(1, id);
            if (item.executeUpdate() == 0) {
                // Not held (a new item): rows hang on an item only while it is held, so nothing else to remove.
                return;
            }
            for (PreparedStatement ps : dependents) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            for (ItemIndex index : indexes) {
                index.remove(c, id);
            }
        }

        @Override
        public void close() throws SQLException {
            item.close();
            for (PreparedStatement ps : dependents) {
                ps.close();
            }
        }
    }

    private static void insertItem(StagedItem staged, PreparedStatement item, PreparedStatement column,
                                   PreparedStatement related, PreparedStatement file, PreparedStatement material)
            throws SQLException {
        Item it = staged.item();
        long published = it.publishedAt().toEpochSecond();
        item.setString(1, it.id());
        item.setString(2, it.type().code());
        item.setString(3, it.title());
        item.setString(4, it.summary());
        item.setLong(5, published);
        item.setLong(6, it.updatedAt().toEpochSecond());
        item.setString(7, it.policy() == null ? null : it.policy().validity().code());
        item.setString(8, it.policy() == null ? null : it.policy().indexNo());
        item.setString(9, it.policy() == null ? null : it.policy().docNo());
        item.setString(10, it.interpretation() == null ? null : it.interpretation().interprets());
        item.setString(11, it.url());
        item.setString(12, staged.sha256());
        item.setLong(13, staged.size());
        item.setBytes(14, staged.json());
        item.executeUpdate();
        for (String col : it.columns()) {
            column.setString(1, it.id());
            column.setString(2, col);
            column.setLong(3, published);
            column.executeUpdate();
        }
        int ord = 0;
        for (String rel : it.related()) {
            related.setString(1, it.id());
            related.setString(2, rel);
            related.setInt(3, ord++);
            related.executeUpdate();
        }
        for (String hash : it.fileHashes()) {
            file.setString(1, it.id());
            file.setString(2, hash);
            file.executeUpdate();
        }
        if (it.guide() != null) {
            ord = 0;
            for (Material m : it.guide().materials()) {
                material.setString(1, it.id());
                material.setInt(2, ord++);
                material.setString(3, m.name());
                material.setString(4, m.form());
                if (m.copies() == null) {
                    material.setNull(5, Types.INTEGER);
                } else {
                    material.setInt(5, m.copies());
                }
                material.setInt(6, m.required() ? 1 : 0);
                material.setString(7, m.blankForm());
                material.setString(8, m.sample());
                material.executeUpdate();
            }
        }
    }

    private static void replaceColumns(Connection c, List<Column> columns) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM columns");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO columns(id, name, parent, ord) VALUES (?, ?, ?, ?)")) {
            for (Column col : columns) {
                ps.setString(1, col.id());
                ps.setString(2, col.name());
                ps.setString(3, col.parent());
                ps.setInt(4, col.order());
                ps.executeUpdate();
            }
        }
    }

    private static void replaceFiles(Connection c, List<Manifest.FileEntry> files) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM files");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO files(sha256, size, media_type) VALUES (?, ?, ?)")) {
            for (Manifest.FileEntry f : files) {
                ps.setString(1, f.sha256());
                ps.setLong(2, f.size());
                ps.setString(3, f.mediaType());
                ps.executeUpdate();
            }
        }
    }

    private static void writeState(Connection c, ContentUpdate update) throws SQLException {
        boolean keyGuard = Migrations.currentVersion(c) >= Migrations.KEY_GUARD_VERSION;
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO feed_state(id, sequence, publisher,"
                + " generated_at, source, etag, last_modified, applied_at" + (keyGuard ? ", key_fingerprint, expires"
                + ") VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ") VALUES (1, ?, ?, ?, ?, ?, ?, ?)"))) {
            ps.setLong(1, update.manifest().sequence());
            ps.setString(2, update.manifest().publisher());
            ps.setString(3, update.manifest().generatedAt());
            ps.setString(4, update.source());
            ps.setString(5, update.validators().etag());
            ps.setString(6, update.validators().lastModified());
            ps.setString(7, SyncHistory.now());
            if (keyGuard) {
                ps.setString(8, update.keyFingerprint());
                ps.setString(9, update.manifest().expires());
            }
            ps.executeUpdate();
        }
    }

    /** Remembers the HTTP validators of a manifest that changed nothing, so the next check can be a 304. */
    public void rememberValidators(String source, FeedSource.Validators validators) {
        mirror.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE feed_state SET source = ?, etag = ?, last_modified = ? WHERE id = 1")) {
                ps.setString(1, source);
                ps.setString(2, validators.etag());
                ps.setString(3, validators.lastModified());
                ps.executeUpdate();
            }
            return null;
        });
    }
}

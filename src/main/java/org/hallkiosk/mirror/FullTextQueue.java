package org.hallkiosk.mirror;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The full-text rows of an apply, held back and written in ascending rowid order, a batch at a time.
 *
 * <p>Why: FTS5 gathers new terms in memory and writes them out as one segment, but only while the rowids come
 * in ascending order; a rowid lower than the one before makes it write out what it has first. An item's rowid
 * is its place in the ranking (guides first, then by validity, newest first), which has nothing to do with the
 * order the feed lists items in, so inserting them as they came wrote a tiny segment for about every other
 * item: twice the work and a third more pages to merge and commit. Sorted, a batch is one segment.
 *
 * <p>The tokens come as UTF-8 bytes, made on the worker threads that prepare the items, and are bound as
 * blobs, which FTS5 reads as the text they hold: the one writer thread no longer converts them.
 *
 * <p>Deletes are held too and written before the inserts of their batch: a rowid freed by a delete may be
 * given again to an insert of the same batch, never the other way round (an apply removes an item before it
 * adds its new version, and never removes what it added). Whoever uses it calls {@link #clear} when an apply
 * begins, so rows of an apply that was rolled back are never written into the next one.
 */
final class FullTextQueue {

    /** Bytes of tokens held before a batch is written: a few thousand items. */
    static final long BATCH_BYTES = 16L * 1024 * 1024;

    private record Row(long rowid, byte[] head, byte[] body) {
    }

    private final long batchBytes;
    private final List<Row> inserts = new ArrayList<>();
    private long[] deletes = new long[16];
    private int deleteCount;
    private long heldBytes;

    FullTextQueue() {
        this(BATCH_BYTES);
    }

    FullTextQueue(long batchBytes) {
        this.batchBytes = batchBytes;
    }

    void clear() {
        inserts.clear();
        deleteCount = 0;
        heldBytes = 0;
    }

    /** Holds an insert; writes the batch when it is full. */
    void insert(Connection c, long rowid, byte[] head, byte[] body) throws SQLException {
        inserts.add(new Row(rowid, head, body));
        heldBytes += head.length + body.length;
        if (heldBytes >= batchBytes) {
            write(c);
        }
    }

    /** Holds a delete of a row already in the index. */
    void delete(long rowid) {
        if (deleteCount == deletes.length) {
            deletes = Arrays.copyOf(deletes, deleteCount * 2);
        }
        deletes[deleteCount++] = rowid;
    }

    int held() {
        return inserts.size() + deleteCount;
    }

    /** Writes what is held: the deletes, then the inserts, each in ascending rowid order. */
    void write(Connection c) throws SQLException {
        if (deleteCount > 0) {
            Arrays.sort(deletes, 0, deleteCount);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_fts WHERE rowid = ?")) {
                for (int i = 0; i < deleteCount; i++) {
                    ps.setLong(1, deletes[i]);
                    ps.executeUpdate();
                }
            }
        }
        if (!inserts.isEmpty()) {
            inserts.sort(Comparator.comparingLong(Row::rowid));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_fts(rowid, head, body) VALUES (?, ?, ?)")) {
                for (Row row : inserts) {
                    ps.setLong(1, row.rowid());
                    ps.setBytes(2, row.head());
                    ps.setBytes(3, row.body());
                    ps.executeUpdate();
                }
            }
        }
        clear();
    }
}

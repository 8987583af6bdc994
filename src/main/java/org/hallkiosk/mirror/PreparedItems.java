package org.hallkiosk.mirror;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The items of an apply, loaded (read, hash checked, parsed) and turned into index terms on worker threads
 * while the one writer thread inserts: the apply's own thread then only runs SQLite. Handed out in the order
 * asked for, a bounded number ahead, so a first sync of many thousand items never holds them all in memory.
 */
final class PreparedItems implements AutoCloseable {

    /** An item ready to insert: the staged item and, index by index, what {@link ItemIndex#prepare} made of it. */
    record Prepared(StagedItem staged, Object[] terms) {
    }

    /** Below this many items a pool costs more than it saves. */
    private static final int PARALLEL_FROM = 64;
    private static final int AHEAD_PER_THREAD = 32;

    private final List<String> ids;
    private final ContentUpdate.Loader loader;
    private final List<ItemIndex> indexes;
    private final ExecutorService pool;
    private final int ahead;
    private final Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
    private int submitted;

    PreparedItems(List<String> ids, ContentUpdate.Loader loader, List<ItemIndex> indexes) {
        this.ids = ids;
        this.loader = loader;
        this.indexes = indexes;
        int threads = Runtime.getRuntime().availableProcessors();
        if (ids.size() >= PARALLEL_FROM && threads > 1) {
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "apply-prepare");
                t.setDaemon(true);
                return t;
            });
            this.ahead = threads * AHEAD_PER_THREAD;
        } else {
            this.pool = null;
            this.ahead = 0;
        }
    }

    /** The next item, in the order of the ids; call once per id. */
    Prepared next() throws SQLException {
        if (pool == null) {
            return prepare(ids.get(submitted++));
        }
        while (submitted < ids.size() && inFlight.size() <= ahead) {
            String id = ids.get(submitted++);
            inFlight.add(pool.submit(() -> prepare(id)));
        }
        try {
            return inFlight.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while preparing items", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("preparing an item failed: " + e.getCause(), e.getCause());
        }
    }

    private Prepared prepare(String id) throws SQLException {
        StagedItem staged;
        try {
            staged = loader.load(id);
        } catch (Exception e) {
            // Abort the transaction: the staged copy went bad between verifying and applying.
            throw new SQLException("staged item " + id + " could not be loaded: " + e.getMessage(), e);
        }
        Object[] terms = new Object[indexes.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = indexes.get(i).prepare(staged.item());
        }
        return new Prepared(staged, terms);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

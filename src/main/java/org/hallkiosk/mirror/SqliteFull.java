package org.hallkiosk.mirror;

import java.sql.SQLException;

/** Tells SQLite's "database or disk is full" (SQLITE_FULL) from other SQL errors, for callers outside mirror. */
public final class SqliteFull {

    /** SQLite's result code for "database or disk is full". */
    private static final int SQLITE_FULL = 13;

    private SqliteFull() {
    }

    /** True when {@code t} itself (not its causes) is SQLite saying the disk is full. */
    public static boolean is(Throwable t) {
        return t instanceof SQLException sql && (sql.getErrorCode() == SQLITE_FULL || (sql.getMessage() != null
                && (sql.getMessage().contains("SQLITE_FULL") || sql.getMessage().contains("database or disk is full"))));
    }
}

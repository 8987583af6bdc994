package org.hallkiosk.mirror;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;

/**
 * The kiosk's local copy of the feed: {@code mirror.db} (SQLite, WAL, so screens keep reading while a sync
 * applies) and {@code files/} (attachments by hash). Reads use one connection per thread; writes go through
 * one connection, one at a time.
 */
public final class Mirror implements AutoCloseable {

    public static final String DB_FILE = "mirror.db";
    /**
     * The schema version from which the search tables have what {@link SearchIndex} writes (step 7 changed only
     * how the full-text index cuts the tokens it is given, so a mirror at 6 is still written correctly).
     */
    static final int SEARCH_VERSION = 6;

    private final Path dataDir;
    private final Path dbFile;
    private final FileStore files;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final List<Connection> readers = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Connection> reader = new ThreadLocal<>();
    private final List<ItemIndex> indexes;
    private final SearchCatalog.Holder searchCatalog = new SearchCatalog.Holder();
    private volatile boolean closed;
    private volatile boolean usageMuted;

    private Mirror(Path dataDir, int targetVersion) throws IOException, SQLException {
        this.dataDir = createPrivate(dataDir);
        this.dbFile = dataDir.resolve(DB_FILE);
        restrictDatabaseFiles();
        this.files = new FileStore(dataDir.resolve("files"));
        this.writer = connect(false);
        int version = Migrations.migrate(writer, targetVersion);
        // A mirror left at an older version (upgrade tests) has no search tables to write.
        this.indexes = version >= SEARCH_VERSION ? List.of(new SearchIndex()) : List.of();
    }

    /**
     * The data folder, created 0700 (the usage log and the mirror are the kiosk's own; POSIX where supported).
     * A folder that already exists keeps its permissions: it may be shared on purpose.
     */
    private static Path createPrivate(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Files.createDirectories(dir);
        setPermissions(dir, "rwx------");
        return dir;
    }

    /**
     * mirror.db is created 0600 before SQLite opens it, so its -wal and -shm (which SQLite creates with the
     * database's permissions) are 0600 too; a mirror left readable by an older kiosk is tightened.
     */
    private void restrictDatabaseFiles() throws IOException {
        if (!Files.exists(dbFile)) {
            try {
                Files.createFile(dbFile, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                return;
            }
        }
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path p = dataDir.resolve(DB_FILE + suffix);
            if (Files.exists(p)) {
                setPermissions(p, "rw-------");
            }
        }
    }

    private static void setPermissions(Path p, String permissions) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException | IOException notPosixOrNotOurs) {
            Logger.getLogger(Mirror.class.getName()).log(Level.FINE,
                    "cannot restrict " + p, notPosixOrNotOurs);
        }
    }

    /** Opens (creating or upgrading) the mirror in {@code dataDir}. */
    public static Mirror open(Path dataDir) {
        return openAtVersion(dataDir, Migrations.latest());
    }

    /** For upgrade tests: a mirror as an older kiosk would have left it. */
    static Mirror openAtVersion(Path dataDir, int version) {
        try {
            return new Mirror(dataDir, version);
        } catch (IOException | SQLException e) {
            throw new MirrorException("cannot open the mirror in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public static int schemaVersion() {
        return Migrations.latest();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path dbFile() {
        return dbFile;
    }

    public FileStore files() {
        return files;
    }

    public ItemStore items() {
        return new ItemStore(this);
    }

    public SyncHistory history() {
        return new SyncHistory(this);
    }

    public Search search() {
        return new Search(this);
    }

    /** Words of titles and keywords that read as typed pinyin, for the keyboard's candidate bar. */
    public TypingCandidates typingCandidates() {
        return new TypingCandidates(this);
    }

    SearchCatalog.Holder searchCatalog() {
        return searchCatalog;
    }

    public UsageLog usage() {
        return new UsageLog(this, usageMuted);
    }

    /** Stops recording usage through this mirror: a screenshot tour or a preview is not a visitor. */
    public void muteUsage() {
        usageMuted = true;
    }

    /** The one way content enters the mirror: a whole publication in one transaction. */
    public ContentWriter writer() {
        return new ContentWriter(this, indexes);
    }

    /** The version the file is at (for status and upgrade tests). */
    public int fileSchemaVersion() {
        return read(Migrations::currentVersion);
    }

    /** Work that reads; runs on this thread's own connection, never blocked by a sync that applies. */
    public <T> T read(SqlWork<T> work) {
        try {
            return work.run(readConnection());
        } catch (SQLException e) {
            throw new MirrorException("mirror read failed: " + e.getMessage(), e);
        }
    }

    /** Work that writes, in one transaction: all of it is committed, or none. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    writer.rollback();
                } catch (SQLException alreadyRolledBack) {
                    // SQLite rolls back by itself on some errors (a full disk): keep the error that says why.
                    e.addSuppressed(alreadyRolledBack);
                }
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new MirrorException("mirror write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private Connection readConnection() throws SQLException {
        if (closed) {
            throw new SQLException("the mirror is closed");
        }
        Connection c = reader.get();
        if (c == null || c.isClosed()) {
            c = connect(true);
            reader.set(c);
            readers.add(c);
        }
        return c;
    }

    private Connection connect(boolean queryOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a power cut after a sync committed must not take the commit back.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        // The driver otherwise prepares and runs "SELECT last_insert_rowid()" after every INSERT (a tenth of
        // a first sync's writing); the one place that needs an inserted row's id asks for it itself.
        config.setGetGeneratedKeys(false);
        Connection c = config.createConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
        if (queryOnly) {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            }
        }
        return c;
    }

    @Override
    public void close() {
        closed = true;
        for (Connection c : readers) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            writer.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }

    /** A piece of database work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}

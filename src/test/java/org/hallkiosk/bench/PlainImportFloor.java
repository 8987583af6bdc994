package org.hallkiosk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The floors of issue 14, written as plainly as a competent script would: what taking in a feed folder must
 * cost at least on this machine, measured in the same run as the kiosk's own import.
 *
 * <ul>
 *   <li>{@link #sqlite}: each item file read, its SHA-256 and size checked against the manifest, parsed once,
 *       inserted with its title and body into one table and one FTS5 (trigram) table; each attachment copied
 *       and hashed. One transaction, WAL, synchronous FULL, as the mirror commits. The attachments are not
 *       forced to the disk, which the mirror does before its commit: the floor stays a floor.</li>
 *   <li>{@link #copyTree}: the folder copied file by file ({@code Files.copy}), nothing checked.</li>
 * </ul>
 */
final class PlainImportFloor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlainImportFloor() {
    }

    /** Takes {@code feed} into a new database in {@code dataDir}; returns how many items went in. */
    static int sqlite(Path feed, Path dataDir) throws IOException, SQLException {
        Files.createDirectories(dataDir.resolve("files"));
        JsonNode manifest = JSON.readTree(Files.readAllBytes(feed.resolve("manifest.json")));
        int items = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("floor.db"))) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("CREATE TABLE items (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, title TEXT, json BLOB)");
                s.execute("CREATE VIRTUAL TABLE items_fts USING fts5(title, body, tokenize = 'trigram')");
            }
            c.setAutoCommit(false);
            try (PreparedStatement item = c.prepareStatement(
                    "INSERT INTO items(id, sha256, title, json) VALUES (?, ?, ?, ?)");
                 PreparedStatement fts = c.prepareStatement(
                         "INSERT INTO items_fts(rowid, title, body) VALUES (last_insert_rowid(), ?, ?)")) {
                for (JsonNode entry : manifest.get("items")) {
                    String id = entry.get("id").asText();
                    byte[] bytes = Files.readAllBytes(feed.resolve("items").resolve(id + ".json"));
                    if (bytes.length != entry.get("size").asLong() || !sha256(bytes).equals(entry.get("sha256").asText())) {
                        throw new IOException("item " + id + " does not match the manifest");
                    }
                    JsonNode node = JSON.readTree(bytes);
                    item.setString(1, id);
                    item.setString(2, entry.get("sha256").asText());
                    item.setString(3, node.path("title").asText());
                    item.setBytes(4, bytes);
                    item.executeUpdate();
                    fts.setString(1, node.path("title").asText());
                    fts.setString(2, node.path("summary").asText() + "\n" + node.path("body").asText());
                    fts.executeUpdate();
                    items++;
                }
            }
            for (JsonNode file : manifest.get("files")) {
                String hash = file.get("sha256").asText();
                Path target = dataDir.resolve("files").resolve(hash);
                if (!copyHashing(feed.resolve("files").resolve(hash), target).equals(hash)) {
                    throw new IOException("file " + hash + " does not match its name");
                }
            }
            c.commit();
        }
        return items;
    }

    /** Copies every file of {@code from} under {@code to}. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String copyHashing(Path from, Path to) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(to)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

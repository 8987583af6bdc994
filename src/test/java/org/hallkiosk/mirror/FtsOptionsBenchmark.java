package org.hallkiosk.mirror;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hallkiosk.content.Item;
import org.hallkiosk.feed.ItemReader;
import org.hallkiosk.testing.GeneratedFeed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What filling the full-text index costs with each FTS5 option weighed in issue 14 (docs/readme/sync.md has the
 * figures): the same tokens of {@link SearchText} for the generated items (4.6 KB each) inserted in one
 * transaction with the bulk settings of {@link SearchIndex}, optimized and committed, one table per option;
 * the trigram tokenizer on the raw text (the floor's) beside them. The first option runs again at the end, so
 * a machine getting busier shows. Run with {@code mvn -B -o -Pbench verify -Dtest=FtsOptionsBenchmark}.
 */
@Tag("bench")
class FtsOptionsBenchmark {

    static final int ITEMS = Integer.getInteger("bench.items", 5_000);

    @TempDir
    Path tmp;

    /** An item's text: its tokens, the same without single hanzi, and raw (for the trigram tokenizer). */
    record Doc(String head, String body, String bodyWithoutSingles, String headRaw, String bodyRaw) {
    }

    /** A table to fill: its name, its FTS5 arguments, and which text of a {@link Doc} goes in. */
    record Variant(String name, String arguments, String text) {
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("unicode61 (before)", "content='', contentless_delete=1", "tokens"),
            new Variant("ascii (now)", "content='', contentless_delete=1, tokenize='ascii'", "tokens"),
            new Variant("unicode61, no contentless_delete", "content=''", "tokens"),
            new Variant("ascii, detail=column", "content='', contentless_delete=1, detail=column, tokenize='ascii'",
                    "tokens"),
            new Variant("ascii, detail=none", "content='', contentless_delete=1, detail=none, tokenize='ascii'",
                    "tokens"),
            new Variant("ascii, body without single hanzi", "content='', contentless_delete=1, tokenize='ascii'",
                    "no-singles"),
            new Variant("trigram on the raw text", "content='', contentless_delete=1, tokenize='trigram'", "raw"),
            new Variant("unicode61 (before)", "content='', contentless_delete=1", "tokens"),
            new Variant("ascii (now)", "content='', contentless_delete=1, tokenize='ascii'", "tokens"));

    @Test
    void fillTheIndexWithEachOption() throws Exception {
        Path content = GeneratedFeed.writeContent(tmp.resolve("content"), ITEMS, 0, 0, 42L, 3);
        List<Doc> docs = new ArrayList<>();
        long tokens = 0;
        try (Stream<Path> s = Files.list(content.resolve("items"))) {
            for (Path p : s.sorted().toList()) {
                Item it = ItemReader.read(Files.readAllBytes(p), p.toString());
                String body = SearchText.body(it);
                Doc d = new Doc(SearchText.tokens(SearchText.head(it)), SearchText.tokens(body),
                        withoutSingles(SearchText.tokens(body)), SearchText.head(it), body);
                tokens += d.head().split(" ").length + d.body().split(" ").length;
                docs.add(d);
            }
        }
        print("%,d items, %,d tokens", docs.size(), tokens);
        for (Variant v : VARIANTS) {
            fill(v, docs);
        }
    }

    private void fill(Variant v, List<Doc> docs) throws Exception {
        Path db = tmp.resolve("fts-" + System.nanoTime() + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("CREATE VIRTUAL TABLE f USING fts5(head, body, " + v.arguments() + ")");
            }
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -131072");
                s.execute("INSERT INTO f(f, rank) VALUES ('automerge', 0)");
                s.execute("INSERT INTO f(f, rank) VALUES ('crisismerge', 64)");
                s.execute("INSERT INTO f(f, rank) VALUES ('hashsize', 33554432)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO f(rowid, head, body) VALUES (?, ?, ?)")) {
                long rowid = 1;
                for (Doc d : docs) {
                    ps.setLong(1, rowid++);
                    ps.setString(2, v.text().equals("raw") ? d.headRaw() : d.head());
                    ps.setString(3, switch (v.text()) {
                        case "raw" -> d.bodyRaw();
                        case "no-singles" -> d.bodyWithoutSingles();
                        default -> d.body();
                    });
                    ps.executeUpdate();
                }
            }
            long t1 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO f(f) VALUES ('optimize')");
            }
            long t2 = System.nanoTime();
            c.commit();
            long t3 = System.nanoTime();
            print("%-34s insert %.2f s, optimize %.2f s, commit %.2f s: %.2f s; %.1f MB", v.name(), (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9,
                    (Files.size(db) + Files.size(Path.of(db + "-wal"))) / 1e6);
        }
    }

    /** The tokens without the single hanzi (each indexed once after the bigrams). */
    private static String withoutSingles(String tokens) {
        StringBuilder out = new StringBuilder();
        for (String t : tokens.split(" ")) {
            if (!(t.length() == 1 && PinyinText.isHan(t.charAt(0)))) {
                out.append(t).append(' ');
            }
        }
        return out.toString();
    }

    private static void print(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}

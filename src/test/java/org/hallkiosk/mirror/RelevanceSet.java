package org.hallkiosk.mirror;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.sync.SyncEngine;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncProgress;

/**
 * The judged relevance set of issue 10: a content folder of realistic veterans-affairs items
 * ({@code src/test/resources/relevance/content}, published and synced like any feed into a real SQLite mirror)
 * and the queries visitors type, each with the ids that count as right in the top 3
 * ({@code src/test/resources/relevance/queries.tsv}). Runs every query through {@link Search#search}, the
 * API the CLI and the screens use, and scores success@1, success@3, MRR and zero results, overall and by
 * category.
 */
public final class RelevanceSet implements AutoCloseable {

    public static final Path CONTENT = Path.of("src/test/resources/relevance/content");
    public static final Path QUERIES = Path.of("src/test/resources/relevance/queries.tsv");
    /** The categories a query may have; the test wants each well represented. */
    public static final List<String> CATEGORIES = List.of("short-hanzi", "question", "everyday-synonym",
            "traditional", "typo", "pinyin", "initials", "doc-number", "index-number", "number", "multi-word",
            "intent");
    /** How deep the reciprocal rank looks; a right item below this counts as not found. */
    public static final int DEPTH = 10;

    /** One judged query: the line it is on, its category, what a visitor typed, the ids that count as right. */
    public record Query(int line, String category, String text, Set<String> right, String note) {
    }

    /** What search gave for a query: the ids in order (at most {@link #DEPTH}) and the first right one's rank. */
    public record Outcome(Query query, List<String> found, List<String> titles) {
        /** 1-based rank of the first right item, 0 when none is in the first {@link #DEPTH}. */
        public int rank() {
            for (int i = 0; i < found.size(); i++) {
                if (query.right().contains(found.get(i))) {
                    return i + 1;
                }
            }
            return 0;
        }

        public boolean zero() {
            return found.isEmpty();
        }
    }

    /** The four figures over a group of outcomes. */
    public record Figures(int queries, double successAt1, double successAt3, double mrr, double zeroRate) {
        public static Figures of(List<Outcome> outcomes) {
            int n = outcomes.size();
            if (n == 0) {
                return new Figures(0, 0, 0, 0, 0);
            }
            double s1 = 0;
            double s3 = 0;
            double rr = 0;
            double zero = 0;
            for (Outcome o : outcomes) {
                int rank = o.rank();
                s1 += rank == 1 ? 1 : 0;
                s3 += rank >= 1 && rank <= 3 ? 1 : 0;
                rr += rank == 0 ? 0 : 1.0 / rank;
                zero += o.zero() ? 1 : 0;
            }
            return new Figures(n, s1 / n, s3 / n, rr / n, zero / n);
        }
    }

    /** Every outcome, with the figures overall and by category, and a printable table. */
    public record Report(List<Outcome> outcomes) {
        public Figures overall() {
            return Figures.of(outcomes);
        }

        public Map<String, Figures> byCategory() {
            Map<String, List<Outcome>> groups = new LinkedHashMap<>();
            CATEGORIES.forEach(c -> groups.put(c, new ArrayList<>()));
            outcomes.forEach(o -> groups.computeIfAbsent(o.query().category(), c -> new ArrayList<>()).add(o));
            Map<String, Figures> out = new LinkedHashMap<>();
            groups.forEach((c, list) -> out.put(c, Figures.of(list)));
            return out;
        }

        /** The queries with no right item in the top 3. */
        public List<Outcome> failures() {
            return outcomes.stream().filter(o -> o.rank() == 0 || o.rank() > 3).toList();
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-18s %7s %10s %10s %7s %7s%n", "category", "queries",
                    "success@1", "success@3", "MRR", "zero"));
            byCategory().forEach((c, f) -> sb.append(row(c, f)));
            sb.append(row("overall", overall()));
            return sb.toString();
        }

        private static String row(String name, Figures f) {
            return String.format(Locale.ROOT, "%-18s %7d %10.2f %10.2f %7.2f %7.2f%n", name, f.queries(),
                    f.successAt1(), f.successAt3(), f.mrr(), f.zeroRate());
        }

        /** Each query that misses the top 3, with the right ids and the top 3 it got. */
        public String failureList() {
            return listing(failures());
        }

        /** Every query, passing or not, with the right ids and the top 3 it got. */
        public String fullList() {
            return listing(outcomes);
        }

        private static String listing(List<Outcome> list) {
            StringBuilder sb = new StringBuilder();
            for (Outcome o : list) {
                sb.append(String.format(Locale.ROOT, "[%s] %s  (line %d, right: %s, rank %s)%n",
                        o.query().category(), o.query().text(), o.query().line(), String.join(" ", o.query().right()),
                        o.rank() == 0 ? "-" : Integer.toString(o.rank())));
                if (o.zero()) {
                    sb.append("    (nothing found)\n");
                }
                for (int i = 0; i < Math.min(3, o.found().size()); i++) {
                    sb.append(String.format(Locale.ROOT, "    %d. %s  %s%n", i + 1, o.found().get(i),
                            o.titles().get(i)));
                }
            }
            return sb.toString();
        }
    }

    private final Mirror mirror;

    private RelevanceSet(Mirror mirror) {
        this.mirror = mirror;
    }

    /**
     * Publishes the content folder with a fresh key into {@code tmp/feed} (the {@code publish} command's path,
     * which checks every item as a kiosk will) and syncs it into a mirror in {@code tmp/data}.
     */
    public static RelevanceSet open(Path tmp) throws Exception {
        var keys = Ed25519Keys.generate();
        Path feed = tmp.resolve("feed");
        FeedWriter.publish(CONTENT, feed, keys.getPrivate(), 1L);
        Mirror mirror = Mirror.open(tmp.resolve("data"));
        try {
            SyncReport report = new SyncEngine(mirror, keys.getPublic(), SyncOptions.DEFAULT)
                    .run(new FolderFeedSource(feed), "relevance", SyncProgress.Listener.NONE, () -> false);
            if (!report.succeeded()) {
                throw new IllegalStateException("the relevance feed did not sync: " + report.reason());
            }
            mirror.search().prepare();
            return new RelevanceSet(mirror);
        } catch (Exception | Error e) {
            mirror.close();
            throw e;
        }
    }

    public Mirror mirror() {
        return mirror;
    }

    /** Runs one query as the CLI does (no filter) and keeps the first {@link #DEPTH} ids and titles. */
    public Outcome run(Query q) {
        List<SearchHit> hits = mirror.search().search(q.text(), SearchFilter.ALL, DEPTH).hits();
        List<String> ids = hits.stream().map(h -> h.item().id()).toList();
        List<String> titles = hits.stream().map(h -> h.item().title()).toList();
        return new Outcome(q, ids, titles);
    }

    public Report evaluate(List<Query> queries) {
        return new Report(queries.stream().map(this::run).toList());
    }

    @Override
    public void close() {
        mirror.close();
    }

    /** The judged queries of {@link #QUERIES}. */
    public static List<Query> queries() {
        try {
            return parse(Files.readAllLines(QUERIES, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the TSV: {@code category TAB query TAB right ids (space separated) [TAB note]}; blank lines and
     * lines starting with {@code #} are skipped. A malformed line is an error naming its number.
     */
    public static List<Query> parse(List<String> lines) {
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
                throw new IllegalArgumentException("queries line " + (i + 1) + ": want category, query, ids: " + line);
            }
            Set<String> right = new LinkedHashSet<>(List.of(cols[2].trim().split("[\\s,]+")));
            out.add(new Query(i + 1, cols[0].trim(), cols[1], right, cols.length > 3 ? cols[3].trim() : ""));
        }
        return out;
    }

    /** The ids of the content folder's items, read from their file names. */
    public static Set<String> contentIds() {
        try (Stream<Path> files = Files.list(CONTENT.resolve("items"))) {
            Set<String> ids = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .forEach(n -> ids.add(n.substring(0, n.length() - ".json".length())));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with the judgements: unknown categories, ids not in the content, duplicated queries. */
    public static List<String> problems(List<Query> queries, Set<String> ids) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Query q : queries) {
            if (!CATEGORIES.contains(q.category())) {
                out.add("line " + q.line() + ": unknown category " + q.category());
            }
            for (String id : q.right()) {
                if (!ids.contains(id)) {
                    out.add("line " + q.line() + ": no item " + id);
                }
            }
            if (!seen.add(q.text())) {
                out.add("line " + q.line() + ": query judged twice: " + q.text());
            }
        }
        return out;
    }
}

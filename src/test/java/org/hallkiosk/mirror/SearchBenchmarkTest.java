package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.sync.SyncEngine;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.testing.GeneratedFeed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search on the 20,000-item generated feed: query and suggestion latency (p50, p95), the index's size on
 * disk, what indexing adds to a first sync, the same queries as a plain LIKE scan and as a bare FTS5 query (the
 * floor: what the index alone costs, without understanding or ranking). Prints its figures;
 * run with {@code mvn -B -Pbench verify -Dtest=SearchBenchmarkTest}. Public for the scale run of
 * {@code bench.SyncBenchmark}, which times the same queries at 200,000 items with {@link #searchTimings}.
 */
@Tag("bench")
public class SearchBenchmarkTest {

    static final int ITEMS = Integer.getInteger("bench.items", 20_000);
    static final int ROUNDS = 3;
    static final int LIMIT = 20;
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @TempDir
    Path tmp;

    @Test
    void searchOnTwentyThousandItems() throws Exception {
        Path content = GeneratedFeed.writeContent(tmp.resolve("content"), ITEMS, 0, 0, 20240618L);
        KeyPair keys = Ed25519Keys.generate();
        Path feed = tmp.resolve("feed");
        FeedWriter.publish(content, feed, keys.getPrivate(), 1L);

        long withoutIndex;
        long withoutIndexBytes;
        // the plain mirror stops before the search index (schema version 2)
        try (Mirror plain = Mirror.openAtVersion(tmp.resolve("plain"), 2)) {
            withoutIndex = timeSync(plain, feed, keys);
            withoutIndexBytes = dbBytes(plain);
        }
        try (Mirror mirror = Mirror.open(tmp.resolve("data"))) {
            long withIndex = timeSync(mirror, feed, keys);
            long bytes = dbBytes(mirror);
            // What indexing adds to a first sync, measured alone: the whole index rebuilt from the items.
            Timings rebuild = new Timings(1);
            rebuild.time(() -> mirror.write(c -> {
                SearchIndex.rebuild(c);
                return null;
            }));
            List<String> queries = queries(mirror);
            assertThat(queries).hasSize(200);

            Search search = mirror.search();
            Timings prepare = new Timings(1);
            prepare.time(search::prepare);
            SearchTimings timed = searchTimings(search, queries);
            Timings searches = timed.timings();
            long[] worst = timed.worstCpu();
            int found = timed.found();
            List<String> prefixes = new ArrayList<>();
            for (String q : queries.subList(0, 60)) {
                for (int i = 1; i <= q.length(); i++) {
                    prefixes.add(q.substring(0, i));
                }
            }
            prefixes.forEach(p -> search.suggest(p, 8));
            Timings suggestions = new Timings(prefixes.size());
            prefixes.forEach(p -> suggestions.time(() -> search.suggest(p, 8)));
            int likeFound = 0;
            for (String q : queries) {
                likeFound += like(mirror, q) > 0 ? 1 : 0; // warm-up
            }
            Timings likes = new Timings(queries.size());
            queries.forEach(q -> likes.time(() -> like(mirror, q)));
            // The floor: one bare FTS5 query a query (its hanzi as bigram phrases, no ranking, no understanding)
            List<String> ftsQueries = queries.stream().map(SearchText::match).filter(m -> m != null).toList();
            ftsQueries.forEach(m -> fts(mirror, m)); // warm-up
            Timings bare = new Timings(ftsQueries.size());
            ftsQueries.forEach(m -> bare.time(() -> fts(mirror, m)));

            System.out.printf(Locale.ROOT, "search benchmark, %d items, %d cores, load average %.1f"
                    + " (latency is wall time; cpu is this thread's CPU time, which other load does not inflate)%n",
                    ITEMS, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "  first sync without the index %.1f s, with it %.1f s; indexing all items"
                    + " alone (what it adds to a first sync) %.1f s, cpu %.1f s%n", withoutIndex / 1e9, withIndex / 1e9,
                    rebuild.wall(100) / 1e3, rebuild.cpu(100) / 1e3);
            System.out.printf(Locale.ROOT, "  mirror.db without the index %.1f MB, with it %.1f MB: the index takes %.1f MB"
                    + " (search_docs %.1f MB, search_fts %.1f MB)%n", withoutIndexBytes / 1e6, bytes / 1e6,
                    (bytes - withoutIndexBytes) / 1e6, tableBytes(mirror, "search_docs") / 1e6,
                    tableBytes(mirror, "search_fts%") / 1e6);
            System.out.printf(Locale.ROOT, "  loading the in-memory catalog after a sync (Search.prepare): %.0f ms%n",
                    prepare.wall(100));
            System.out.printf(Locale.ROOT, "  %d queries x %d rounds: %s; %d of %d find something (target p95 10 ms)%n",
                    queries.size(), ROUNDS, searches, found, queries.size());
            System.out.printf(Locale.ROOT, "  the floor, a bare FTS5 MATCH over the same items (%d queries, LIMIT %d): %s%n",
                    ftsQueries.size(), LIMIT, bare);
            System.out.printf(Locale.ROOT, "  %d as-you-type suggestions: %s (target p95 5 ms)%n", prefixes.size(),
                    suggestions);
            System.out.printf(Locale.ROOT, "  the same queries as LIKE '%%q%%' over items (title, summary, numbers,"
                    + " json): %s; %d of %d find something%n", likes, likeFound, queries.size());
            System.out.printf(Locale.ROOT, "  LIKE / search: p50 x%.1f, p95 x%.1f (cpu p50 x%.1f, p95 x%.1f)%n",
                    likes.wall(50) / searches.wall(50), likes.wall(95) / searches.wall(95),
                    likes.cpu(50) / searches.cpu(50), likes.cpu(95) / searches.cpu(95));
            Integer[] order = new Integer[queries.size()];
            Arrays.setAll(order, k -> k);
            Arrays.sort(order, (a, b) -> Long.compare(worst[b], worst[a]));
            StringBuilder slowest = new StringBuilder("  slowest queries (cpu):");
            for (int k = 0; k < 5; k++) {
                slowest.append(String.format(Locale.ROOT, " %s %.1f ms;", queries.get(order[k]), worst[order[k]] / 1e6));
            }
            System.out.println(slowest);
            assertThat(found).isGreaterThan(likeFound);
        }
    }

    /** The search timings of a set of queries: how many find something, then {@link #ROUNDS} timed rounds. */
    public record SearchTimings(Timings timings, long[] worstCpu, int found) { }

    /** Runs every query once (the warm-up, counting what finds something), then {@link #ROUNDS} timed rounds. */
    public static SearchTimings searchTimings(Search search, List<String> queries) {
        int found = 0;
        for (String q : queries) {
            found += search.search(q, SearchFilter.ALL, LIMIT).hits().isEmpty() ? 0 : 1; // warm-up
        }
        Timings searches = new Timings(queries.size() * ROUNDS);
        long[] worst = new long[queries.size()];
        for (int r = 0; r < ROUNDS; r++) {
            for (int k = 0; k < queries.size(); k++) {
                String q = queries.get(k);
                worst[k] = Math.max(worst[k], searches.time(() -> search.search(q, SearchFilter.ALL, LIMIT)));
            }
        }
        return new SearchTimings(searches, worst, found);
    }

    static long timeSync(Mirror mirror, Path feed, KeyPair keys) throws Exception {
        long t0 = System.nanoTime();
        SyncReport r = new SyncEngine(mirror, keys.getPublic(), SyncOptions.DEFAULT)
                .run(new FolderFeedSource(feed), "bench", SyncProgress.Listener.NONE, () -> false);
        long t = System.nanoTime() - t0;
        assertThat(r.succeeded()).as(r.reason()).isTrue();
        return t;
    }

    static long dbBytes(Mirror mirror) throws Exception {
        mirror.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
        return Files.size(mirror.dbFile());
    }

    /** Bytes of the pages of the tables (and their indexes) whose name is like {@code pattern}. */
    static long tableBytes(Mirror mirror, String pattern) {
        return mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(pgsize), 0) FROM dbstat"
                    + " WHERE name LIKE ? OR name IN (SELECT name FROM sqlite_master WHERE tbl_name LIKE ?)")) {
                ps.setString(1, pattern);
                ps.setString(2, pattern);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1;
                }
            } catch (SQLException noDbstat) {
                return -1L;
            }
        });
    }

    static int fts(Mirror mirror, String match) {
        return mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM search_fts WHERE search_fts MATCH ?"
                    + " LIMIT ?")) {
                ps.setString(1, match);
                ps.setInt(2, LIMIT);
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
                return n;
            }
        });
    }

    static int like(Mirror mirror, String q) {
        return mirror.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM items WHERE title LIKE ?1 OR summary LIKE ?1"
                    + " OR doc_no LIKE ?1 OR index_no LIKE ?1 OR CAST(json AS TEXT) LIKE ?1"
                    + " ORDER BY published_at DESC LIMIT ?2")) {
                ps.setString(1, "%" + q + "%");
                ps.setInt(2, LIMIT);
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
                return n;
            }
        });
    }

    /** Wall and CPU times of repeated work, in milliseconds by percentile. */
    public static final class Timings {
        private final long[] wall;
        private final long[] cpu;
        private int n;

        Timings(int size) {
            wall = new long[size];
            cpu = new long[size];
        }

        /** Runs the work once and returns its CPU time in nanoseconds. */
        long time(Runnable work) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            wall[n] = System.nanoTime() - t0;
            cpu[n] = CPU.getCurrentThreadCpuTime() - c0;
            return cpu[n++];
        }

        public double wall(int percentile) {
            return ms(wall, percentile);
        }

        double cpu(int percentile) {
            return ms(cpu, percentile);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, max %.2f ms (cpu p50 %.2f, p95 %.2f)",
                    wall(50), wall(95), wall(100), cpu(50), cpu(95));
        }
    }

    static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** 200 queries of every kind a visitor types, from the generated feed's own words and numbers. */
    public static List<String> queries(Mirror mirror) {
        List<String[]> numbers = mirror.read(c -> {
            List<String[]> out = new ArrayList<>();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT doc_no, index_no FROM items"
                    + " WHERE type = 'policy' ORDER BY id LIMIT 12 OFFSET 100")) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return out;
        });
        String[] oneHanzi = {"烈", "抚", "优", "证", "寻", "拥", "医", "创", "褒", "补"};
        String[] twoHanzi = {"优待", "抚恤", "烈士", "就业", "创业", "安置", "培训", "寻亲", "双拥", "补助", "医疗",
                "褒扬", "贷款", "随军", "伤残", "光荣", "家属", "薪火", "权益", "宣传"};
        String[] words = {"优待证", "退役士兵安置", "创业扶持贷款贴息", "无名烈士寻亲", "光荣牌悬挂",
                "伤残抚恤关系转移", "随军家属就业安置", "双拥模范城创建", "退役军人服务站建设", "英雄山薪火宣传",
                "政务公开工作要点", "军人军属权益维护", "优抚对象医疗保障", "自主就业一次性经济补助", "烈士褒扬纪念",
                "退役军人教育培训", "服务大厅", "三同步", "部分优抚对象抚恤和生活补助标准调整", "退役军人就业创业扶持"};
        String[] bodyOnly = {"切实维护", "结合本地实际", "合法权益", "认真抓好落实", "及时公开相关信息"};
        String[] none = {"量子计算", "qwxzk", "火星移民", "zzzz", "航天飞机"};
        List<String> out = new ArrayList<>(Arrays.asList(oneHanzi));
        out.addAll(Arrays.asList(twoHanzi));
        out.addAll(Arrays.asList(words));
        for (String w : words) {
            PinyinText py = PinyinText.of(w);
            out.add(py.commonPinyin());
            out.add(py.commonInitials());
        }
        for (String w : twoHanzi) {
            out.add(PinyinText.of(w).commonPinyin());
        }
        for (String[] n : numbers) {
            // 济退役军人发〔2019〕45号 as published, and as a visitor types it
            String yearAndNumber = n[0].substring(n[0].indexOf('〔') + 1, n[0].length() - 1);
            String year = yearAndNumber.substring(0, 4);
            String number = yearAndNumber.substring(5);
            out.add(n[0]);
            out.add("[" + year + "]" + number);
            out.add("(" + year + ")" + number);
            out.add(year + "年" + number + "号");
        }
        for (String[] n : numbers.subList(0, 4)) {
            out.add(n[1]);
            out.add(n[1].substring(n[1].indexOf('/') + 1));
        }
        for (int i = 0; i < 10; i++) {
            out.add(twoHanzi[i] + " " + (2015 + i));
        }
        out.addAll(Arrays.asList(bodyOnly));
        out.addAll(Arrays.asList(none));
        // questions in everyday words, traditional characters, slips, numbers in hanzi: all of query understanding
        out.addAll(List.of("优待证怎么办", "退伍费怎么领", "残疾军人抚恤金多少", "老兵看病报销", "光荣牌在哪领",
                "我是农村的老兵有补助吗", "優待證", "撫卹金", "优代证", "fuxue", "guangrongpai", "第六十三号"));
        int i = 0;
        while (out.size() < 200) {
            out.add(words[i % words.length].substring(0, 2) + " " + twoHanzi[(i * 7) % twoHanzi.length]);
            i++;
        }
        return List.copyOf(out.subList(0, 200));
    }
}

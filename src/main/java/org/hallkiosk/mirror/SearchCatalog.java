package org.hallkiosk.mirror;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.content.Validity;
import org.hallkiosk.feed.SearchHints;
import org.hallkiosk.text.QueryUnderstanding;
import org.hallkiosk.text.TextNormalizer;
import org.hallkiosk.text.Vocabulary;
import org.hallkiosk.text.WordPinyin;

/**
 * What names each item (title, keywords, document and index numbers, with their pinyin), held in memory in
 * the index's order, so that matching them against a query and ranking them is a scan of short strings rather
 * than a round trip per item. Loaded from {@code search_docs} and reloaded when a sync changed it.
 */
final class SearchCatalog {

    /** One item as search sees it. {@code order} is the index rowid: its place among equal matches. */
    record Entry(long order, String id, ItemType type, List<String> columns, PinyinText title,
                 List<PinyinText> keywords, String docNo, DocNumber docNumber, String indexNo,
                 DocNumber indexNumber, Validity validity, String interprets, int coreStart, String titleKey,
                 String coreKey, String laterStep, boolean standard) {

        /** In force: anything but a policy that was amended, expired or repealed. */
        boolean inForce() {
            return validity == null || validity == Validity.EFFECTIVE;
        }

        boolean passes(SearchFilter filter) {
            return (filter.type() == null || filter.type() == type)
                    && (filter.columnId() == null || columns.contains(filter.columnId()));
        }
    }

    /** A keyword with how many items carry it, and which: their positions in {@link #entries()}, ascending. */
    record Keyword(PinyinText text, int items, int[] entries) {
    }

    /**
     * Later steps of a thing (补领, 换发 …): ranked after the first issue unless the query names them. Each
     * entry notes the first its title holds ({@link Entry#laterStep()}), so ranking need not look again.
     */
    static final List<String> LATER_STEPS = List.of("补领", "补发", "补办", "换发", "换领", "挂失", "注销",
            "变更", "遗失");

    /**
     * One field of every entry, folded, in one string: finding which entries hold a literal term is then a few
     * vectorised {@code indexOf} calls over the whole catalog instead of one call an entry.
     */
    static final class Haystack {
        private static final char GAP = '\u0000';
        private static final int PAIR_BITS = 1 << 22;
        private final String all;
        private final int[] starts;
        /**
         * The characters, and (hashed) the pairs of neighbouring characters, anywhere in the fields: a needle
         * with a character or a pair not among them is not there, known without a scan of the whole string
         * (most words a question is cut into, most terms of a query that finds little).
         */
        private final BitSet chars = new BitSet(1 << 16);
        private final BitSet pairs = new BitSet(PAIR_BITS);

        Haystack(List<String> perEntry) {
            StringBuilder sb = new StringBuilder();
            starts = new int[perEntry.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = sb.length();
                sb.append(perEntry.get(i)).append(GAP);
            }
            all = sb.toString();
            for (int i = 0; i < all.length(); i++) {
                chars.set(all.charAt(i));
                if (i + 1 < all.length()) {
                    pairs.set(pair(all.charAt(i), all.charAt(i + 1)));
                }
            }
        }

        private static int pair(char a, char b) {
            return ((a * 0x9E3779B1) ^ (b * 0x85EBCA6B)) >>> 10;
        }

        /** False when the needle is surely not in the fields; true when it may be. */
        private boolean mayHold(String needle) {
            for (int i = 0; i < needle.length(); i++) {
                if (!chars.get(needle.charAt(i))
                        || (i + 1 < needle.length() && !pairs.get(pair(needle.charAt(i), needle.charAt(i + 1))))) {
                    return false;
                }
            }
            return true;
        }

        boolean contains(String needle) {
            return !needle.isEmpty() && needle.indexOf(GAP) < 0 && mayHold(needle) && all.contains(needle);
        }

        /** Sets the bit of every entry whose field contains {@code needle}. */
        void mark(String needle, BitSet out) {
            if (needle.isEmpty() || needle.indexOf(GAP) >= 0 || !mayHold(needle)) {
                return;
            }
            int at = all.indexOf(needle);
            while (at >= 0) {
                int entry = Arrays.binarySearch(starts, at);
                if (entry < 0) {
                    entry = -entry - 2;
                }
                out.set(entry);
                if (entry + 1 >= starts.length) {
                    break;
                }
                at = all.indexOf(needle, starts[entry + 1]);
            }
        }
    }

    /** Bits of {@link #rankFacts}: what ranking asks of an entry, packed so a scan reads one long an entry. */
    static final int ORDER_BITS = 40;
    static final long IN_FORCE = 1L << 40;
    static final long GUIDE = 1L << 41;
    static final long STANDARD = 1L << 42;
    static final int TYPE_RANK_SHIFT = 43;
    static final int LATER_STEP_SHIFT = 45;
    /**
     * A guide's title length, at most 63: among equal guides the closer (shorter) title, the word more of it.
     * Other types keep validity, then newer first, among equals: a newer policy or notice is the likelier one.
     */
    static final int LENGTH_SHIFT = 49;

    private final long generation;
    private final List<Entry> entries;
    private final long[] rankFacts;
    private final List<Keyword> keywords;
    private final Map<String, Integer> positions = new HashMap<>();
    private final QueryUnderstanding understanding;
    /** Best bets by their query's key ({@link #key}). */
    private final Map<String, List<String>> bestBets = new HashMap<>();
    /** Fuzzy pinyin of each title and of each distinct keyword, made when first needed (a typo). */
    private volatile String[] titleFuzzy;
    private volatile String[] keywordFuzzy;
    final Haystack titles;
    final Haystack keywordsOfEntries;
    final Haystack numbers;
    /** Each entry's title as common pinyin and as initials, made when first needed (a query found nothing). */
    private volatile String[][] titleSounds;
    private volatile TypingVocabulary typingVocabulary;
    /** Which titles and which distinct keywords a pinyin query can match, made when first needed. */
    private volatile StartPairs titleStarts;
    private volatile StartPairs keywordStarts;
    private volatile FlatLattices titleLattices;

    private SearchCatalog(long generation, List<Entry> entries, List<Keyword> keywords, SearchHints hints) {
        this.generation = generation;
        this.entries = entries;
        this.keywords = keywords;
        this.rankFacts = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            positions.putIfAbsent(e.id(), i);
        }
        for (int i = 0; i < entries.size(); i++) {
            rankFacts[i] = rankFacts(entries.get(i), inForce(entries.get(i)));
        }
        this.understanding = new QueryUnderstanding(Vocabulary.builtIn().with(hints.synonyms()));
        for (SearchHints.BestBet bet : hints.bestBets()) {
            bestBets.computeIfAbsent(key(TextNormalizer.normalize(bet.query())), k -> new ArrayList<>())
                    .addAll(bet.items());
        }
        List<String> titleTexts = new ArrayList<>(entries.size());
        List<String> keywordTexts = new ArrayList<>(entries.size());
        List<String> numberTexts = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            titleTexts.add(e.title().folded());
            StringBuilder kw = new StringBuilder();
            e.keywords().forEach(k -> kw.append(k.folded()).append('\n'));
            keywordTexts.add(kw.toString());
            numberTexts.add((e.docNumber() == null ? "" : e.docNumber().text()) + "\n"
                    + (e.indexNumber() == null ? "" : e.indexNumber().text()));
        }
        this.titles = new Haystack(titleTexts);
        this.keywordsOfEntries = new Haystack(keywordTexts);
        this.numbers = new Haystack(numberTexts);
    }

    /** The titles' words for the keyboard's candidate bar, made when first asked for. */
    TypingVocabulary typingVocabulary() {
        TypingVocabulary v = typingVocabulary;
        if (v == null) {
            v = TypingVocabulary.of(this);
            typingVocabulary = v;
        }
        return v;
    }

    String[][] titleSounds() {
        String[][] sounds = titleSounds;
        if (sounds == null) {
            sounds = new String[entries.size()][];
            for (int i = 0; i < sounds.length; i++) {
                PinyinText t = entries.get(i).title();
                sounds[i] = new String[] {t.commonPinyin(), t.commonInitials()};
            }
            titleSounds = sounds;
        }
        return sounds;
    }

    /** Every title's pinyin lattice, laid flat for a scan of them all. */
    FlatLattices titleLattices() {
        FlatLattices f = titleLattices;
        if (f == null) {
            f = new FlatLattices(entries.stream().map(Entry::title).toList());
            titleLattices = f;
        }
        return f;
    }

    /** The titles a pinyin query can match at all. */
    StartPairs titleStarts() {
        StartPairs s = titleStarts;
        if (s == null) {
            s = new StartPairs(entries.stream().map(Entry::title).toList());
            titleStarts = s;
        }
        return s;
    }

    /** The distinct keywords (in {@link #keywords()} order) a pinyin query can match at all. */
    StartPairs keywordStarts() {
        StartPairs s = keywordStarts;
        if (s == null) {
            s = new StartPairs(keywords.stream().map(Keyword::text).toList());
            keywordStarts = s;
        }
        return s;
    }

    /** The fuzzy pinyin of every title (see {@link WordPinyin#fuzzy}), in entry order. */
    String[] titleFuzzy() {
        String[] t = titleFuzzy;
        if (t == null) {
            t = new String[entries.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = WordPinyin.fuzzy(WordPinyin.of(entries.get(i).title().text()));
            }
            titleFuzzy = t;
        }
        return t;
    }

    /** The fuzzy pinyin of every distinct keyword, in {@link #keywords()} order. */
    String[] keywordFuzzy() {
        String[] k = keywordFuzzy;
        if (k == null) {
            k = new String[keywords.size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = WordPinyin.fuzzy(WordPinyin.of(keywords.get(i).text().text()));
            }
            keywordFuzzy = k;
        }
        return k;
    }

    /** The entry of an item, or -1. */
    int position(String itemId) {
        return positions.getOrDefault(itemId, -1);
    }

    QueryUnderstanding understanding() {
        return understanding;
    }

    /** The items the publisher puts first for a normalised query, or none. */
    List<String> bestBets(String normalizedQuery) {
        return bestBets.getOrDefault(key(normalizedQuery), List.of());
    }

    /** True when a title, a keyword or a document or index number holds the folded text as it is. */
    boolean holds(String folded) {
        return titles.contains(folded) || keywordsOfEntries.contains(folded) || numbers.contains(folded);
    }

    /** Letters, digits and hanzi only: how exact and prefix matches compare a title with a query. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = PinyinText.fold(s.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Where a title's own words start, past 中华人民共和国 and an issuer's "…关于" (国务院办公厅关于…), so that
     * 退役军人保障法 is the exact title of 中华人民共和国退役军人保障法.
     */
    static int coreStart(String title) {
        int at = 0;
        int about = title.indexOf("关于");
        if (about >= 0 && about <= 30) {
            at = about + 2;
        }
        if (title.startsWith("中华人民共和国", at)) {
            at += "中华人民共和国".length();
        }
        return at < title.length() ? at : 0;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Distinct keywords, the most used first. */
    List<Keyword> keywords() {
        return keywords;
    }

    static SearchCatalog load(Connection c) throws SQLException {
        long generation = SearchIndex.generation(c);
        List<Entry> entries = new ArrayList<>();
        Map<String, PinyinText> keywordTexts = new LinkedHashMap<>();
        Map<String, Integer> keywordCounts = new LinkedHashMap<>();
        Map<String, List<Integer>> keywordEntries = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rowid, item_id, type, columns, title, title_py, keywords,"
                     + " keywords_py, doc_no, index_no, validity, interprets FROM search_docs ORDER BY rowid")) {
            while (rs.next()) {
                List<String> kw = lines(rs.getString(7));
                List<String> kwPy = lines(rs.getString(8));
                List<PinyinText> kwTexts = new ArrayList<>(kw.size());
                for (int i = 0; i < kw.size(); i++) {
                    String k = kw.get(i);
                    String py = i < kwPy.size() ? kwPy.get(i) : "";
                    PinyinText t = keywordTexts.computeIfAbsent(k, x -> PinyinText.decode(x, py));
                    keywordCounts.merge(k, 1, Integer::sum);
                    List<Integer> carriers = keywordEntries.computeIfAbsent(k, x -> new ArrayList<>());
                    if (carriers.isEmpty() || carriers.get(carriers.size() - 1) != entries.size()) {
                        carriers.add(entries.size());
                    }
                    kwTexts.add(t);
                }
                String docNo = rs.getString(9);
                String indexNo = rs.getString(10);
                String cols = rs.getString(4);
                String title = rs.getString(5);
                int core = coreStart(title);
                String validity = rs.getString(11);
                entries.add(new Entry(rs.getLong(1), rs.getString(2), ItemType.fromCode(rs.getString(3)).orElseThrow(),
                        cols.isEmpty() ? List.of() : List.of(cols.split(" ")),
                        PinyinText.decode(title, rs.getString(6)), List.copyOf(kwTexts),
                        docNo, docNo == null ? null : DocNumber.ofField(docNo),
                        indexNo, indexNo == null ? null : DocNumber.ofField(indexNo),
                        validity == null ? null : Validity.fromCode(validity).orElse(null), rs.getString(12),
                        core, key(title), key(title.substring(core)), laterStep(title), title.contains("标准")));
            }
        }
        List<Keyword> keywords = new ArrayList<>();
        keywordTexts.forEach((k, t) -> {
            int[] carriers = keywordEntries.get(k).stream().mapToInt(Integer::intValue).toArray();
            keywords.add(new Keyword(t, keywordCounts.get(k), carriers));
        });
        keywords.sort((a, b) -> Integer.compare(b.items(), a.items()));
        return new SearchCatalog(generation, List.copyOf(entries), List.copyOf(keywords), SearchIndex.readHints(c));
    }

    /**
     * An entry's facts for ranking, worked out once a catalog: the index's order (rowid) in the low bits (its
     * top bits are the validity group, kept; time below), in force, a guide, a standard (标准), the type's
     * rank, and which later step (补领 …) its title names (0 for none, else its place in {@link
     * #LATER_STEPS} plus one).
     */
    private static long rankFacts(Entry e, boolean inForce) {
        long facts = (e.order() >>> 18) & ((1L << ORDER_BITS) - 1);
        facts |= inForce ? IN_FORCE : 0;
        facts |= e.type() == ItemType.GUIDE ? GUIDE : 0;
        facts |= e.standard() ? STANDARD : 0;
        facts |= (long) typeRank(e.type()) << TYPE_RANK_SHIFT;
        facts |= (long) (e.laterStep() == null ? 0 : LATER_STEPS.indexOf(e.laterStep()) + 1) << LATER_STEP_SHIFT;
        if (e.type() == ItemType.GUIDE) {
            facts |= (long) Math.min(63, Math.max(0, e.title().text().length() - e.coreStart())) << LENGTH_SHIFT;
        }
        return facts;
    }

    /** Guides before policies before interpretations before notices. */
    static int typeRank(ItemType type) {
        return switch (type) {
            case GUIDE -> 0;
            case POLICY -> 1;
            case INTERPRETATION -> 2;
            case NOTICE -> 3;
        };
    }

    /**
     * In force for ranking: a policy by its validity; an interpretation by the policy it explains when the
     * mirror holds it, so the reading of a lapsed standard does not rank above the standard in force.
     */
    private boolean inForce(Entry e) {
        if (e.type() == ItemType.INTERPRETATION && e.interprets() != null) {
            Integer policy = positions.get(e.interprets());
            if (policy != null) {
                return entries.get(policy).inForce();
            }
        }
        return e.inForce();
    }

    /** Per entry, in entry order, its facts for ranking (see the bits above). Not to be changed. */
    long[] rankFacts() {
        return rankFacts;
    }

    /** The first later step (补领 …) a title names, or null. */
    static String laterStep(String title) {
        for (String step : LATER_STEPS) {
            if (title.contains(step)) {
                return step;
            }
        }
        return null;
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n", -1));
    }

    /** One catalog a mirror, replaced when the index's generation moves on. */
    static final class Holder {
        private volatile SearchCatalog current;

        SearchCatalog get(Connection c) throws SQLException {
            long generation = SearchIndex.generation(c);
            SearchCatalog cat = current;
            if (cat != null && cat.generation == generation) {
                return cat;
            }
            synchronized (this) {
                cat = current;
                if (cat == null || cat.generation != generation) {
                    cat = load(c);
                    current = cat;
                }
                return cat;
            }
        }
    }
}

package org.hallkiosk.mirror;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallkiosk.content.ItemType;

/**
 * What names each item (title, keywords, document and index numbers, with their pinyin), held in memory in
 * the index's order, so that matching them against a query and ranking them is a scan of short strings rather
 * than a round trip per item. Loaded from {@code search_docs} and reloaded when a sync changed it.
 */
final class SearchCatalog {

    /** One item as search sees it. {@code order} is the index rowid: its place among equal matches. */
    record Entry(long order, String id, ItemType type, List<String> columns, PinyinText title,
                 List<PinyinText> keywords, String docNo, DocNumber docNumber, String indexNo,
                 DocNumber indexNumber) {

        boolean passes(SearchFilter filter) {
            return (filter.type() == null || filter.type() == type)
                    && (filter.columnId() == null || columns.contains(filter.columnId()));
        }
    }

    /** A keyword with how many items carry it. */
    record Keyword(PinyinText text, int items) {
    }

    /**
     * One field of every entry, folded, in one string: finding which entries hold a literal term is then a few
     * vectorised {@code indexOf} calls over the whole catalog instead of one call an entry.
     */
    static final class Haystack {
        private static final char GAP = '\u0000';
        private final String all;
        private final int[] starts;

        Haystack(List<String> perEntry) {
            StringBuilder sb = new StringBuilder();
            starts = new int[perEntry.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = sb.length();
                sb.append(perEntry.get(i)).append(GAP);
            }
            all = sb.toString();
        }

        /** Sets the bit of every entry whose field contains {@code needle}. */
        void mark(String needle, java.util.BitSet out) {
            if (needle.isEmpty() || needle.indexOf(GAP) >= 0) {
                return;
            }
            int at = all.indexOf(needle);
            while (at >= 0) {
                int entry = java.util.Arrays.binarySearch(starts, at);
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

    private final long generation;
    private final List<Entry> entries;
    private final List<Keyword> keywords;
    final Haystack titles;
    final Haystack keywordsOfEntries;
    final Haystack numbers;
    /** Each entry's title as common pinyin and as initials, made when first needed (a query found nothing). */
    private volatile String[][] titleSounds;
    private volatile TypingVocabulary typingVocabulary;

    private SearchCatalog(long generation, List<Entry> entries, List<Keyword> keywords) {
        this.generation = generation;
        this.entries = entries;
        this.keywords = keywords;
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
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rowid, item_id, type, columns, title, title_py, keywords,"
                     + " keywords_py, doc_no, index_no FROM search_docs ORDER BY rowid")) {
            while (rs.next()) {
                List<String> kw = lines(rs.getString(7));
                List<String> kwPy = lines(rs.getString(8));
                List<PinyinText> kwTexts = new ArrayList<>(kw.size());
                for (int i = 0; i < kw.size(); i++) {
                    String k = kw.get(i);
                    String py = i < kwPy.size() ? kwPy.get(i) : "";
                    PinyinText t = keywordTexts.computeIfAbsent(k, x -> PinyinText.decode(x, py));
                    keywordCounts.merge(k, 1, Integer::sum);
                    kwTexts.add(t);
                }
                String docNo = rs.getString(9);
                String indexNo = rs.getString(10);
                String cols = rs.getString(4);
                entries.add(new Entry(rs.getLong(1), rs.getString(2), ItemType.fromCode(rs.getString(3)).orElseThrow(),
                        cols.isEmpty() ? List.of() : List.of(cols.split(" ")),
                        PinyinText.decode(rs.getString(5), rs.getString(6)), List.copyOf(kwTexts),
                        docNo, docNo == null ? null : DocNumber.ofField(docNo),
                        indexNo, indexNo == null ? null : DocNumber.ofField(indexNo)));
            }
        }
        List<Keyword> keywords = new ArrayList<>();
        keywordTexts.forEach((k, t) -> keywords.add(new Keyword(t, keywordCounts.get(k))));
        keywords.sort((a, b) -> Integer.compare(b.items(), a.items()));
        return new SearchCatalog(generation, List.copyOf(entries), List.copyOf(keywords));
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

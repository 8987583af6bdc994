package org.hallkiosk.mirror;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallkiosk.content.ItemSummary;

/**
 * Finds items from what a visitor can type: hanzi of any length, full pinyin or initials of titles and
 * keywords, document and index numbers however their brackets are typed, several terms at once. Every term
 * must match. Best first: the exact title; a title that starts with the query; a title that holds every
 * term; document number, index number or keywords; the body. In the two middle tiers, an item whose keywords
 * also hold a term comes first. Among equals, the index's order decides
 * (guides, then effective, amended, expired or repealed, then newer). Searching does not log: the caller
 * records what a visitor searched ({@link UsageLog#recordSearch}).
 */
public final class Search {

    static final int DID_YOU_MEAN = 3;
    /** Hanzi a pinyin term stands for in matched titles, looked for in bodies too; a few are enough. */
    private static final int MAX_EXPANSIONS = 8;

    // Tiers, best first. Within "starts with" and "holds every term", an item whose keywords also hold a term
    // comes first: its title is about the query, not a chance run of initials (ydz in 关于调整).
    private static final int EXACT = 0;
    private static final int PREFIX_AND_KEYWORD = 1;
    private static final int PREFIX = 2;
    private static final int TITLE_AND_KEYWORD = 3;
    private static final int TITLE_ALL = 4;
    private static final int FIELDS = 5;
    private static final int BODY = 6;

    private final Mirror mirror;

    Search(Mirror mirror) {
        this.mirror = mirror;
    }

    /**
     * One term of a query, folded (full-width as ASCII, lower case), made ready for titles and keywords
     * ({@code query}) and for document and index numbers ({@code number}, null when it has no digit).
     */
    record Term(String text, PinyinQuery query, String number) {
        static Term of(String folded) {
            return new Term(folded, new PinyinQuery(folded), DocNumber.pattern(folded));
        }
    }

    /** A query's terms, split on spaces; punctuation-only ones dropped. */
    static List<Term> terms(String query) {
        List<Term> out = new ArrayList<>();
        for (String t : PinyinText.fold(query).strip().split("\\s+")) {
            if (!SearchText.runs(t).isEmpty()) {
                out.add(Term.of(t));
            }
        }
        return out;
    }

    /**
     * Loads what search keeps in memory (titles, keywords and numbers of every item), which the first search
     * after a sync would otherwise do. Call it off the FX thread after a sync applied.
     */
    public void prepare() {
        mirror.read(c -> mirror.searchCatalog().get(c));
    }

    public SearchResults search(String query, SearchFilter filter, int limit) {
        String q = query == null ? "" : query.strip();
        if (terms(q).isEmpty() || limit <= 0) {
            return new SearchResults(q, List.of(), List.of());
        }
        SearchFilter f = filter == null ? SearchFilter.ALL : filter;
        return mirror.read(c -> {
            SearchCatalog catalog = mirror.searchCatalog().get(c);
            // Terms are made after the catalog is loaded: a pinyin term plans its scan with the syllables
            // the catalog's titles brought in, and in a fresh process there are none before it.
            List<Term> terms = terms(q);
            String whole = String.join(" ", terms.stream().map(Term::text).toList());
            Map<Term, Set<String>> expansions = new HashMap<>();
            List<Ranked> ranked = rankByCatalog(catalog, whole, terms, f, limit, expansions);
            if (ranked.size() < limit) {
                ranked.addAll(bodyMatches(c, terms, expansions, f, limit, ranked));
            }
            List<SearchHit> hits = hits(c, ranked, terms);
            List<String> didYouMean = hits.isEmpty() ? DidYouMean.titles(catalog, terms, DID_YOU_MEAN) : List.of();
            return new SearchResults(q, hits, didYouMean);
        });
    }

    /** An item found, how well, and (for body matches) the hanzi to show highlighted. */
    private record Ranked(String id, int tier, SearchCatalog.Entry entry, List<String> bodyTargets) {
    }

    private static List<Ranked> rankByCatalog(SearchCatalog catalog, String whole, List<Term> terms,
                                              SearchFilter filter, int limit, Map<Term, Set<String>> expansions) {
        List<List<Ranked>> tiers = new ArrayList<>();
        for (int t = EXACT; t <= FIELDS; t++) {
            tiers.add(new ArrayList<>());
        }
        BitSet inTitle = new BitSet();
        BitSet inKeywords = new BitSet();
        BitSet candidates = candidates(catalog, terms, expansions, inTitle, inKeywords);
        List<SearchCatalog.Entry> entries = catalog.entries();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            SearchCatalog.Entry e = entries.get(i);
            if (!e.passes(filter)) {
                continue;
            }
            int tier = inTitle.get(i) ? titleTier(e, whole, terms, inKeywords.get(i)) : FIELDS;
            // Entries come in the index's order, so the first `limit` of a tier are its best.
            if (tiers.get(tier).size() < limit) {
                tiers.get(tier).add(new Ranked(e.id(), tier, e, null));
            }
        }
        List<Ranked> out = new ArrayList<>();
        for (List<Ranked> t : tiers) {
            for (Ranked r : t) {
                if (out.size() < limit) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /**
     * The entries where every term is in the title, the keywords or a number. Literal terms (hanzi, numbers)
     * are looked up over the whole catalog at once; pinyin terms then run only over the entries left.
     */
    private static BitSet candidates(SearchCatalog catalog, List<Term> terms, Map<Term, Set<String>> expansions,
                                     BitSet inTitle, BitSet inKeywords) {
        List<Term> ordered = new ArrayList<>(terms);
        ordered.sort((a, b) -> Boolean.compare(!a.query().literal(), !b.query().literal()));
        BitSet candidates = null;
        boolean first = true;
        for (Term term : ordered) {
            BitSet found = new BitSet(catalog.entries().size());
            BitSet titles = new BitSet(catalog.entries().size());
            BitSet keywordHits = new BitSet(catalog.entries().size());
            if (term.query().literal()) {
                catalog.titles.mark(term.text(), titles);
                catalog.keywordsOfEntries.mark(term.text(), keywordHits);
                found.or(titles);
                found.or(keywordHits);
            } else {
                Set<String> hanzi = new LinkedHashSet<>();
                expansions.put(term, hanzi);
                // Entries share their keywords' texts: match each distinct keyword once.
                Set<PinyinText> keywords = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (SearchCatalog.Keyword k : catalog.keywords()) {
                    if (k.text().contains(term.query())) {
                        keywords.add(k.text());
                        addExpansion(hanzi, k.text(), term.query());
                    }
                }
                List<SearchCatalog.Entry> entries = catalog.entries();
                for (int i = 0; i < entries.size(); i++) {
                    if (candidates != null && !candidates.get(i)) {
                        continue;
                    }
                    SearchCatalog.Entry e = entries.get(i);
                    if (!keywords.isEmpty() && e.keywords().stream().anyMatch(keywords::contains)) {
                        keywordHits.set(i);
                        found.set(i);
                    }
                    if (e.title().contains(term.query())) {
                        titles.set(i);
                        found.set(i);
                        addExpansion(hanzi, e.title(), term.query());
                    }
                }
            }
            if (term.number() != null) {
                catalog.numbers.mark(term.number(), found);
            }
            inKeywords.or(keywordHits);
            if (first) {
                candidates = found;
                inTitle.or(titles);
                first = false;
            } else {
                candidates.and(found);
                inTitle.and(titles);
            }
            if (candidates.isEmpty()) {
                break;
            }
        }
        return candidates == null ? new BitSet() : candidates;
    }

    /** How an entry whose title holds every term matches: the exact title, its start, or somewhere in it. */
    private static int titleTier(SearchCatalog.Entry e, String whole, List<Term> terms, boolean inKeywords) {
        PinyinText title = e.title();
        if (terms.size() == 1 ? title.matchesWhole(terms.get(0).query()) : title.folded().equals(whole)) {
            return EXACT;
        }
        if (title.startsWith(terms.get(0).query())) {
            return inKeywords ? PREFIX_AND_KEYWORD : PREFIX;
        }
        return inKeywords ? TITLE_AND_KEYWORD : TITLE_ALL;
    }

    private static List<Ranked> bodyMatches(Connection c, List<Term> terms, Map<Term, Set<String>> expansions,
                                            SearchFilter filter, int limit, List<Ranked> already)
            throws SQLException {
        List<String> expressions = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (Term term : terms) {
            Set<String> alternatives = new LinkedHashSet<>();
            String literal = SearchText.match(term.text());
            if (literal != null) {
                alternatives.add(literal);
            }
            targets.add(term.text());
            SearchText.runs(term.text()).forEach(r -> targets.add(r.text()));
            if (!term.query().literal()) {
                for (String hanzi : expansions.getOrDefault(term, Set.of())) {
                    alternatives.add(SearchText.match(hanzi));
                    targets.add(hanzi);
                }
            }
            if (alternatives.isEmpty()) {
                return List.of();
            }
            expressions.add("(" + String.join(" OR ", alternatives) + ")");
        }
        Set<String> seen = new HashSet<>();
        already.forEach(r -> seen.add(r.id()));
        StringBuilder sql = new StringBuilder("SELECT d.item_id FROM search_fts f JOIN search_docs d"
                + " ON d.rowid = f.rowid WHERE search_fts MATCH ?");
        if (filter.type() != null) {
            sql.append(" AND d.type = ?");
        }
        if (filter.columnId() != null) {
            sql.append(" AND (' ' || d.columns || ' ') LIKE ?");
        }
        sql.append(" ORDER BY f.rowid LIMIT ?");
        List<Ranked> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setString(i++, String.join(" AND ", expressions));
            if (filter.type() != null) {
                ps.setString(i++, filter.type().code());
            }
            if (filter.columnId() != null) {
                ps.setString(i++, "% " + filter.columnId() + " %");
            }
            ps.setInt(i, limit + already.size());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && already.size() + out.size() < limit) {
                    String id = rs.getString(1);
                    if (seen.add(id)) {
                        out.add(new Ranked(id, BODY, null, targets));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Notes the hanzi that a pinyin term matched, e.g. {@code youdai} → 优待, to look for in bodies too; a few
     * are enough.
     */
    private static void addExpansion(Set<String> out, PinyinText text, PinyinQuery term) {
        if (out.size() >= MAX_EXPANSIONS || !text.contains(term)) {
            return;
        }
        long m = text.find(term, 0);
        if (m < 0) {
            return;
        }
        String hanzi = text.text().substring((int) (m >>> 32), (int) m);
        for (int i = 0; i < hanzi.length(); i++) {
            if (!PinyinText.isHan(hanzi.charAt(i))) {
                return;
            }
        }
        out.add(hanzi);
    }

    private static List<SearchHit> hits(Connection c, List<Ranked> ranked, List<Term> terms) throws SQLException {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<String, ItemSummary> summaries = new HashMap<>();
        Map<String, byte[]> json = new HashMap<>();
        String marks = String.join(",", java.util.Collections.nCopies(ranked.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ItemStore.SUMMARY_COLUMNS + ", i.json"
                + " FROM items i WHERE i.id IN (" + marks + ")")) {
            for (int i = 0; i < ranked.size(); i++) {
                ps.setString(i + 1, ranked.get(i).id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ItemSummary s = ItemStore.summary(rs, 1);
                    summaries.put(s.id(), s);
                    json.put(s.id(), rs.getBytes(8));
                }
            }
        }
        List<SearchHit> out = new ArrayList<>();
        for (Ranked r : ranked) {
            ItemSummary s = summaries.get(r.id());
            if (s == null) {
                continue; // withdrawn by a sync that committed between the index and the items read
            }
            SearchSnippets.Snippet m = r.tier() == BODY
                    ? SearchSnippets.ofBody(r.id(), json.get(r.id()), r.bodyTargets())
                    : SearchSnippets.ofCatalog(r.entry(), r.tier() <= TITLE_ALL, terms);
            out.add(new SearchHit(s, m.text(), m.highlights()));
        }
        return out;
    }

    /**
     * Completions as the visitor types, hanzi or pinyin: keywords and titles that start with what was typed,
     * then those that contain it; keywords before titles, the most used keywords first.
     */
    public List<Suggestion> suggest(String prefix, int limit) {
        String p = prefix == null ? "" : PinyinText.fold(prefix).replaceAll("\\s+", "");
        if (p.isEmpty() || limit <= 0) {
            return List.of();
        }
        return mirror.read(c -> {
            SearchCatalog catalog = mirror.searchCatalog().get(c);
            return suggest(catalog, new PinyinQuery(p), limit);
        });
    }

    private static List<Suggestion> suggest(SearchCatalog catalog, PinyinQuery p, int limit) {
        List<Suggestion> keywordStarts = new ArrayList<>();
        List<Suggestion> keywordHas = new ArrayList<>();
        for (SearchCatalog.Keyword k : catalog.keywords()) {
            if (k.text().startsWith(p)) {
                add(keywordStarts, new Suggestion(k.text().text(), null), limit);
            } else if (k.text().contains(p)) {
                add(keywordHas, new Suggestion(k.text().text(), null), limit);
            }
        }
        List<Suggestion> titleStarts = new ArrayList<>();
        List<Suggestion> titleHas = new ArrayList<>();
        for (SearchCatalog.Entry e : catalog.entries()) {
            if (keywordStarts.size() + titleStarts.size() >= limit) {
                break; // later titles rank below the ones held
            }
            PinyinText t = e.title();
            if (t.startsWith(p)) {
                add(titleStarts, new Suggestion(t.text(), e.id()), limit);
            } else if (titleHas.size() < limit && t.contains(p)) {
                add(titleHas, new Suggestion(t.text(), e.id()), limit);
            }
        }
        Map<String, Suggestion> out = new java.util.LinkedHashMap<>();
        for (List<Suggestion> group : List.of(keywordStarts, titleStarts, keywordHas, titleHas)) {
            for (Suggestion s : group) {
                if (out.size() < limit) {
                    out.putIfAbsent(s.text(), s);
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static void add(List<Suggestion> list, Suggestion s, int limit) {
        if (list.size() < limit) {
            list.add(s);
        }
    }
}

package org.hallkiosk.mirror;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.text.ChineseText;
import org.hallkiosk.text.QueryIntent;
import org.hallkiosk.text.QueryWord;
import org.hallkiosk.text.TextNormalizer;
import org.hallkiosk.text.Thesaurus;
import org.hallkiosk.text.UnderstoodQuery;
import org.hallkiosk.text.WordPinyin;

/**
 * Finds items from what a visitor can type: hanzi of any length, questions in everyday words, full pinyin or
 * initials of titles and keywords, document and index numbers however their brackets are typed, several
 * terms at once. The query is understood first ({@link QueryUnderstanding}: 繁→简, question words dropped,
 * the veterans-affairs vocabulary and the publisher's synonyms); every word must match, by itself or an
 * alternative; when no item has them all, the least informative word is dropped, then any ({@link
 * SearchResults#dropped()}). A word that matches nothing as typed is tried as a general synonym, then by sound
 * (a pinyin slip, z/zh, n/l, an/ang …, or hanzi that read alike).
 *
 * <p>Best first: the publisher's best bets; items in force before amended, expired or repealed ones whatever
 * the match; for a question of how to do something, guides (for one of how much, the standard); then the
 * exact title (past 中华人民共和国 and an issuer's …关于), an exact keyword, a title that starts with the query,
 * one that holds every word, document number, index number or keywords, the body. Among equals, first issue
 * before 补领 and the like, guides before policies before interpretations before notices, then the index's
 * order (newer first). An interpretation follows the policy it explains, never above it. Searching does not
 * log: the caller records what a visitor searched ({@link UsageLog#recordSearch}).
 */
public final class Search {

    static final int DID_YOU_MEAN = 3;
    /** Hanzi a pinyin term stands for in matched titles, looked for in bodies too; a few are enough. */
    private static final int MAX_EXPANSIONS = 8;
    /**
     * Matched titles and keywords a pinyin term looks for those hanzi in: the first ones are enough (a term
     * that matches thousands of titles, tuiyijunren, has found its 退役军人 long before).
     */
    private static final int EXPANSION_LOOKS = 64;

    // Tiers, best first. Within "starts with" and "holds every term", an item whose keywords also hold a term
    // comes first: its title is about the query, not a chance run of initials (ydz in 关于调整).
    private static final int BEST_BET = 0;
    private static final int EXACT = 1;
    private static final int KEYWORD_EXACT = 2;
    private static final int PREFIX_AND_KEYWORD = 3;
    private static final int PREFIX = 4;
    private static final int TITLE_AND_KEYWORD = 5;
    private static final int TITLE_ALL = 6;
    private static final int FIELDS = 7;
    private static final int BODY = 8;

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

    /** One understood word: its forms as terms, and the entries it matched. */
    private static final class Word {
        final QueryWord word;
        final List<Term> forms = new ArrayList<>();
        final BitSet found = new BitSet();
        final BitSet inTitle = new BitSet();
        final BitSet inKeywords = new BitSet();
        final Set<String> expansions = new LinkedHashSet<>();
        /** The entries that have the word or an alternative as it is, not only its parts apart. */
        final BitSet whole = new BitSet();
        final List<Word> parts = new ArrayList<>();
        boolean fuzzy;

        Word(QueryWord word) {
            this.word = word;
            word.forms().forEach(f -> forms.add(Term.of(f)));
            word.parts().forEach(p -> parts.add(new Word(p)));
        }

        boolean pinyin() {
            return !forms.get(0).query().literal();
        }

        boolean hasHan() {
            return forms.get(0).text().chars().anyMatch(ch -> PinyinText.isHan((char) ch));
        }
    }

    /**
     * Loads what search keeps in memory (titles, keywords and numbers of every item, how they sound) and
     * HanLP's tables, which the first search after a sync would otherwise do. Call it off the FX thread after
     * a sync applied.
     */
    public void prepare() {
        ChineseText.warmUp();
        mirror.read(c -> {
            SearchCatalog catalog = mirror.searchCatalog().get(c);
            catalog.titleFuzzy();
            catalog.keywordFuzzy();
            catalog.titleStarts();
            catalog.titleLattices();
            catalog.keywordStarts();
            return null;
        });
    }

    /** What is echoed as the query: what was typed, stripped and cut to what search reads. */
    static String shown(String query) {
        if (query == null) {
            return "";
        }
        String q = query.length() > 4 * TextNormalizer.MAX_CHARS ? query.substring(0, 4 * TextNormalizer.MAX_CHARS) : query;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q.length() && sb.length() < TextNormalizer.MAX_CHARS; i++) {
            char ch = q.charAt(i);
            sb.append(Character.isSurrogate(ch) || Character.isISOControl(ch) ? ' ' : ch);
        }
        return sb.toString().strip();
    }

    public SearchResults search(String query, SearchFilter filter, int limit) {
        String q = shown(query);
        if (q.isEmpty() || limit <= 0) {
            return new SearchResults(q, List.of(), List.of());
        }
        SearchFilter f = filter == null ? SearchFilter.ALL : filter;
        return mirror.read(c -> {
            SearchCatalog catalog = mirror.searchCatalog().get(c);
            UnderstoodQuery u = catalog.understanding().understand(q, w -> catalog.holds(w));
            List<Word> words = new ArrayList<>();
            Map<String, List<String>> expanded = new LinkedHashMap<>();
            for (QueryWord qw : u.words()) {
                Word w = new Word(qw);
                match(catalog, w);
                w.whole.or(w.found);
                if (!w.found.isEmpty()) {
                    matchParts(catalog, w); // 景区门票 as typed, or 景区 and 门票 apart
                } else if (!bodyHas(c, w, u)) {
                    widen(c, catalog, w, u);
                    w.whole.or(w.found);
                    if (w.found.isEmpty()) {
                        matchParts(catalog, w);
                    }
                }
                words.add(w);
                List<String> alternatives = w.forms.stream().skip(1).map(Term::text).toList();
                if (!alternatives.isEmpty()) {
                    expanded.put(qw.text(), alternatives);
                }
            }
            List<String> bets = catalog.bestBets(u.normalized());
            List<Ranked> ranked = words.isEmpty() ? List.of() : rank(c, catalog, u, words, bets, f, limit);
            List<Word> kept = words;
            if (ranked.isEmpty() && words.size() > 1) {
                for (List<Word> fewer : relaxations(words)) {
                    ranked = rank(c, catalog, u, fewer, bets, f, limit);
                    if (!ranked.isEmpty()) {
                        kept = fewer;
                        break;
                    }
                }
            }
            ranked = guidesFirst(c, catalog, u, kept, ranked, bets, f, limit);
            List<Term> terms = new ArrayList<>();
            kept.forEach(w -> terms.addAll(w.forms));
            List<SearchHit> hits = hits(c, ranked, terms);
            List<String> didYouMean = hits.isEmpty()
                    ? DidYouMean.titles(catalog, words.stream().map(w -> w.forms.get(0)).toList(), DID_YOU_MEAN)
                    : List.of();
            List<String> dropped = new ArrayList<>();
            for (Word w : words) {
                if (!kept.contains(w)) {
                    dropped.add(w.word.text());
                }
            }
            return new SearchResults(q, hits, didYouMean, u.texts(), expanded, dropped);
        });
    }

    /**
     * A question that asks how to get something done (补办光荣牌) whose words together find no guide: the
     * guides found without the asking word (补办, 申请 …) come first, then what every word found. The word
     * asked for a guide; a guide of the thing itself answers it better than a notice that holds both words.
     */
    private static List<Ranked> guidesFirst(Connection c, SearchCatalog catalog, UnderstoodQuery u, List<Word> kept,
                                            List<Ranked> ranked, List<String> bets, SearchFilter f, int limit)
            throws SQLException {
        if (u.intent() != QueryIntent.GUIDE || ranked.isEmpty() || ranked.stream().anyMatch(Search::isGuide)) {
            return ranked;
        }
        List<Word> thing = kept.stream().filter(w -> !QueryIntent.isGuideWord(w.word.text())).toList();
        if (thing.isEmpty() || thing.size() == kept.size()) {
            return ranked;
        }
        List<Ranked> guides = rank(c, catalog, u, thing, bets, f, limit).stream().filter(Search::isGuide).toList();
        if (guides.isEmpty()) {
            return ranked;
        }
        List<Ranked> out = new ArrayList<>(guides);
        Set<String> seen = new HashSet<>();
        guides.forEach(g -> seen.add(g.id()));
        ranked.stream().filter(r -> seen.add(r.id())).forEach(out::add);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static boolean isGuide(Ranked r) {
        return r.entry() != null && r.entry().type() == ItemType.GUIDE;
    }

    /**
     * The smaller sets of words to try, in turn, when no item has them all: without the least informative
     * word, then without each other word, then fewer and fewer. Least informative first: a word that no title,
     * keyword or number has (it names nothing the hall publishes), then the one most items have.
     */
    private static List<List<Word>> relaxations(List<Word> words) {
        List<Word> byCommon = new ArrayList<>(words);
        byCommon.sort((a, b) -> a.found.isEmpty() != b.found.isEmpty() ? (a.found.isEmpty() ? -1 : 1)
                : Integer.compare(b.found.cardinality(), a.found.cardinality()));
        List<List<Word>> out = new ArrayList<>();
        for (Word drop : byCommon) {
            List<Word> fewer = new ArrayList<>(words);
            fewer.remove(drop);
            out.add(fewer);
        }
        List<Word> left = new ArrayList<>(words);
        for (Word drop : byCommon) {
            if (left.size() <= 2) {
                break;
            }
            left.remove(drop);
            out.add(new ArrayList<>(left));
        }
        // a lone word that matched nothing is no answer: keep only sets with something to find
        out.removeIf(set -> set.stream().anyMatch(w -> w.found.isEmpty() && !w.hasHan()));
        return out;
    }

    /** An item found, how well, and (for body matches) the hanzi to show highlighted. */
    private record Ranked(String id, int tier, SearchCatalog.Entry entry, List<String> bodyTargets, long sortKey) {
    }

    /** Marks the entries whose title, keywords or numbers hold the word or one of its alternatives. */
    private static void match(SearchCatalog catalog, Word w) {
        List<SearchCatalog.Entry> entries = catalog.entries();
        for (Term term : w.forms) {
            if (term.query().literal()) {
                catalog.titles.mark(term.text(), w.inTitle);
                catalog.keywordsOfEntries.mark(term.text(), w.inKeywords);
            } else {
                // Entries share their keywords' texts: match each distinct keyword once, mark its carriers.
                int[] looks = {0};
                List<SearchCatalog.Keyword> keywords = catalog.keywords();
                BitSet maybe = catalog.keywordStarts().candidates(term.query());
                for (int k = maybe.nextSetBit(0); k >= 0; k = maybe.nextSetBit(k + 1)) {
                    SearchCatalog.Keyword kw = keywords.get(k);
                    if (kw.text().contains(term.query())) {
                        noteExpansion(w.expansions, looks, kw.text(), term.query());
                        for (int i : kw.entries()) {
                            w.inKeywords.set(i);
                        }
                    }
                }
                // only the titles with a place the term can start at
                maybe = catalog.titleStarts().candidates(term.query());
                FlatLattices titles = catalog.titleLattices();
                for (int i = maybe.nextSetBit(0); i >= 0; i = maybe.nextSetBit(i + 1)) {
                    if (titles.contains(i, term.query())) {
                        w.inTitle.set(i);
                        noteExpansion(w.expansions, looks, entries.get(i).title(), term.query());
                    }
                }
            }
            if (term.number() != null) {
                catalog.numbers.mark(term.number(), w.found);
            } else if (term.query().literal()) {
                catalog.numbers.mark(term.text(), w.found); // 济退役军人发, 国务院令
            }
        }
        w.found.or(w.inTitle);
        w.found.or(w.inKeywords);
    }

    /** Adds the entries that have every part of a word made of several, each by itself or an alternative. */
    private static void matchParts(SearchCatalog catalog, Word w) {
        if (w.parts.isEmpty()) {
            return;
        }
        BitSet found = null;
        BitSet inTitle = null;
        BitSet inKeywords = new BitSet();
        for (Word p : w.parts) {
            match(catalog, p);
            found = and(found, p.found);
            inTitle = and(inTitle, p.inTitle);
            inKeywords.or(p.inKeywords);
            w.expansions.addAll(p.expansions);
        }
        inKeywords.and(found);
        w.found.or(found);
        w.inTitle.or(inTitle);
        w.inKeywords.or(inKeywords);
    }

    /**
     * A word that matched nothing as typed: a general synonym the catalog holds (HanLP's thesaurus), else
     * titles and keywords that sound like it (a hanzi of the same sound, a pinyin slip). Numbers stay as they
     * are: a number that is not there sounds like nothing.
     */
    private static void widen(Connection c, SearchCatalog catalog, Word w, UnderstoodQuery u) throws SQLException {
        String text = w.word.text();
        if (DocNumber.pattern(text) != null) {
            return;
        }
        if (w.hasHan()) {
            boolean added = false;
            for (String synonym : Thesaurus.equalWords(text)) {
                if (catalog.holds(synonym)) {
                    w.forms.add(Term.of(synonym));
                    added = true;
                }
            }
            if (added) {
                match(catalog, w);
                if (!w.found.isEmpty() || bodyHas(c, w, u)) {
                    return;
                }
            }
        }
        String sound = WordPinyin.fuzzy(w.hasHan() ? WordPinyin.of(text) : text);
        int allowed = w.hasHan() ? 0 : sound.length() >= 16 ? 2 : sound.length() >= 5 ? 1 : -1;
        if (allowed < 0 || sound.length() < 3 || sound.length() > 63) {
            return;
        }
        long[] peq = new long[128];
        for (int i = 0; i < sound.length(); i++) {
            char ch = sound.charAt(i);
            if (ch >= 128) {
                return;
            }
            peq[ch] |= 1L << i;
        }
        String[] pieces = DidYouMean.pieces(sound, allowed);
        String[] titles = catalog.titleFuzzy();
        for (int i = 0; i < titles.length; i++) {
            if (DidYouMean.within(peq, sound.length(), titles[i], allowed, pieces)) {
                w.inTitle.set(i);
            }
        }
        String[] keywords = catalog.keywordFuzzy();
        for (int k = 0; k < keywords.length; k++) {
            if (DidYouMean.within(peq, sound.length(), keywords[k], allowed, pieces)) {
                for (int i : catalog.keywords().get(k).entries()) {
                    w.inKeywords.set(i);
                }
            }
        }
        w.found.or(w.inTitle);
        w.found.or(w.inKeywords);
        w.fuzzy = !w.found.isEmpty();
    }

    private static List<Ranked> rank(Connection c, SearchCatalog catalog, UnderstoodQuery u, List<Word> words,
                                     List<String> bets, SearchFilter filter, int limit) throws SQLException {
        BitSet candidates = null;
        BitSet allInTitle = null;
        BitSet anyKeyword = new BitSet();
        for (Word w : words) {
            candidates = and(candidates, w.found);
            allInTitle = and(allInTitle, w.inTitle);
            anyKeyword.or(w.inKeywords);
        }
        boolean fuzzy = words.stream().anyMatch(w -> w.fuzzy);
        SortKeys keys = new SortKeys(catalog, u, fuzzy);
        List<SearchCatalog.Entry> entries = catalog.entries();
        Map<String, Ranked> found = new LinkedHashMap<>();
        for (String id : bets) {
            int i = catalog.position(id);
            if (i >= 0 && entries.get(i).passes(filter)) {
                SearchCatalog.Entry e = entries.get(i);
                found.putIfAbsent(id, new Ranked(id, BEST_BET, e, null, keys.of(i, BEST_BET, true)));
            }
        }
        BitSet wholes = null;
        for (Word w : words) {
            wholes = and(wholes, w.whole);
        }
        String phrase = phraseKey(words);
        // a lone word's forms as exact-title keys, worked out once rather than once a candidate
        List<String> formKeys = words.size() == 1
                ? words.get(0).forms.stream().map(t -> SearchCatalog.key(t.text())).toList() : List.of();
        BitSet keywordExact = keywordExact(catalog, words);
        boolean filtered = filter.type() != null || filter.columnId() != null;
        // Keep the best `limit` by their sort key: a common word can match thousands of entries. An entry in
        // whose title every word is has its tier worked out only when even the best tier would let it in.
        PriorityQueue<Ranked> best = new PriorityQueue<>(
                (a, b) -> Long.compare(b.sortKey(), a.sortKey()));
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if ((filtered && !entries.get(i).passes(filter))
                    || (!found.isEmpty() && found.containsKey(entries.get(i).id()))) {
                continue;
            }
            boolean whole = wholes.get(i);
            int tier;
            if (allInTitle.get(i)) {
                if (best.size() >= limit && keys.of(i, EXACT, whole) >= best.peek().sortKey()) {
                    continue;
                }
                tier = titleTier(entries.get(i), phrase, words, formKeys, keywordExact.get(i), anyKeyword.get(i));
            } else {
                tier = keywordExact.get(i) ? KEYWORD_EXACT : FIELDS;
            }
            long key = keys.of(i, tier, whole);
            if (best.size() < limit) {
                best.add(new Ranked(entries.get(i).id(), tier, entries.get(i), null, key));
            } else if (key < best.peek().sortKey()) {
                best.poll();
                best.add(new Ranked(entries.get(i).id(), tier, entries.get(i), null, key));
            }
        }
        List<Ranked> out = new ArrayList<>(found.values());
        List<Ranked> matched = new ArrayList<>(best);
        if (!fuzzy && !u.numbersOnly() && matched.size() + out.size() < limit) {
            Set<String> seen = new HashSet<>(found.keySet());
            matched.forEach(r -> seen.add(r.id()));
            matched.addAll(bodyMatches(c, catalog, u, words, keys, filter, limit, seen));
        }
        matched.sort(Comparator.comparingLong(Ranked::sortKey));
        out.addAll(matched);
        if (out.size() > limit) {
            out = new ArrayList<>(out.subList(0, limit));
        }
        return interpretationsAfterTheirPolicies(out);
    }

    private static BitSet and(BitSet acc, BitSet next) {
        if (acc == null) {
            return (BitSet) next.clone();
        }
        acc.and(next);
        return acc;
    }

    /** The query's words run together as a title would have them: letters, digits and hanzi only. */
    private static String phraseKey(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        words.forEach(w -> sb.append(w.word.text()));
        return SearchCatalog.key(sb.toString());
    }

    /**
     * The order of found entries as one number each, smaller first: not a sound-alike match; in force (a
     * lapsed item after every one in force, whatever its words, unless asked for by its exact title); every
     * word found as it is (not only its parts apart); what the question asks for; the tier; a first issue
     * before a later step; the type; a guide's shorter title (the word is more of it); the index's order.
     * What depends on the query is worked out once; what depends on the entry was packed by the catalog
     * ({@link SearchCatalog#rankFacts()}).
     */
    private static final class SortKeys {
        private final long[] facts;
        private final boolean fuzzy;
        private final QueryIntent intent;
        /** By a later step's place in LATER_STEPS plus one: true when it ranks an entry after a first issue. */
        private final boolean[] later = new boolean[SearchCatalog.LATER_STEPS.size() + 1];

        SortKeys(SearchCatalog catalog, UnderstoodQuery u, boolean fuzzy) {
            this.facts = catalog.rankFacts();
            this.fuzzy = fuzzy;
            this.intent = u.intent();
            String q = u.normalized();
            for (int k = 0; k < SearchCatalog.LATER_STEPS.size(); k++) {
                later[k + 1] = !q.contains(SearchCatalog.LATER_STEPS.get(k)) && !q.contains("丢");
            }
        }

        long of(int entry, int tier, boolean whole) {
            long f = facts[entry];
            long key = fuzzy ? 1 : 0;
            key = key * 2 + (tier == BEST_BET || tier == EXACT || (f & SearchCatalog.IN_FORCE) != 0 ? 0 : 1);
            key = key * 2 + (whole ? 0 : 1);
            key = key * 2 + (asked(f, tier) ? 0 : 1);
            key = key * 16 + tier;
            key = key * 2 + (later[(int) (f >>> SearchCatalog.LATER_STEP_SHIFT) & 15] ? 1 : 0);
            key = key * 4 + ((f >>> SearchCatalog.TYPE_RANK_SHIFT) & 3);
            key = key * 64 + ((f >>> SearchCatalog.LENGTH_SHIFT) & 63);
            return (key << SearchCatalog.ORDER_BITS) | (f & ((1L << SearchCatalog.ORDER_BITS) - 1));
        }

        /** What the question asks for: a guide for how to do it, the standard (标准) for how much. */
        private boolean asked(long f, int tier) {
            if (tier > FIELDS && intent != QueryIntent.STANDARD) {
                return false; // a word in a guide's body does not make it the guide asked for
            }
            return switch (intent) {
                case GUIDE -> (f & SearchCatalog.GUIDE) != 0;
                case STANDARD -> (f & SearchCatalog.IN_FORCE) != 0 && (f & SearchCatalog.STANDARD) != 0;
                case NONE -> false;
            };
        }
    }

    /** How an entry whose title holds every word matches: the exact title, its start, or somewhere in it. */
    private static int titleTier(SearchCatalog.Entry e, String phrase, List<Word> words, List<String> formKeys,
                                 boolean keywordExact, boolean inKeywords) {
        PinyinText title = e.title();
        if (!phrase.isEmpty() && (phrase.equals(e.coreKey()) || phrase.equals(e.titleKey()))) {
            return EXACT;
        }
        if (words.size() == 1) {
            List<Term> forms = words.get(0).forms;
            for (int f = 0; f < forms.size(); f++) {
                Term t = forms.get(f);
                String k = formKeys.get(f);
                if ((!k.isEmpty() && (k.equals(e.coreKey()) || k.equals(e.titleKey())))
                        || (!t.query().literal() && (
                                title.matchesWhole(t.query()) || title.matchesFrom(t.query(), e.coreStart())))) {
                    return EXACT;
                }
            }
        }
        if (keywordExact) {
            return KEYWORD_EXACT;
        }
        for (Term t : words.get(0).forms) {
            if (title.startsWith(t.query()) || (e.coreStart() > 0 && title.startsWithAt(t.query(), e.coreStart()))) {
                return inKeywords ? PREFIX_AND_KEYWORD : PREFIX;
            }
        }
        return inKeywords ? TITLE_AND_KEYWORD : TITLE_ALL;
    }

    /**
     * The entries one of whose keywords is exactly the query's one word (or an alternative of it); none for
     * several words. Each distinct keyword is compared once, and marks the entries that carry it.
     */
    private static BitSet keywordExact(SearchCatalog catalog, List<Word> words) {
        BitSet out = new BitSet();
        if (words.size() != 1) {
            return out;
        }
        for (SearchCatalog.Keyword k : catalog.keywords()) {
            for (Term t : words.get(0).forms) {
                if (k.text().matchesWhole(t.query())) {
                    for (int i : k.entries()) {
                        out.set(i);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Each interpretation moved to just after the policy it explains when that policy is among the results
     * (and above it): an explanation is read after what it explains.
     */
    private static List<Ranked> interpretationsAfterTheirPolicies(List<Ranked> ranked) {
        List<Ranked> out = new ArrayList<>(ranked);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            index.put(out.get(i).id(), i);
        }
        List<Ranked> moving = new ArrayList<>();
        for (Ranked r : out) {
            if (r.entry() != null && r.entry().interprets() != null && index.containsKey(r.entry().interprets())
                    && r.tier() != BEST_BET) {
                moving.add(r);
            }
        }
        if (moving.isEmpty()) {
            return out;
        }
        out.removeAll(moving);
        for (Ranked r : moving) {
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).id().equals(r.entry().interprets())) {
                    at = i;
                }
            }
            int insert = at + 1;
            // after interpretations of the same policy already placed
            while (insert < out.size() && out.get(insert).entry() != null
                    && r.entry().interprets().equals(out.get(insert).entry().interprets())) {
                insert++;
            }
            out.add(insert, r);
        }
        return out;
    }

    /** True when the body index has the word (or an alternative) somewhere. */
    private static boolean bodyHas(Connection c, Word w, UnderstoodQuery u) throws SQLException {
        if (u.numbersOnly()) {
            return false;
        }
        String expression = expression(w);
        if (expression == null) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1")) {
            ps.setString(1, expression);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** An FTS5 expression for a word: any of its forms, or of the hanzi its pinyin stands for; null if none. */
    private static String expression(Word w) {
        Set<String> alternatives = new LinkedHashSet<>();
        for (Term t : w.forms) {
            if (t.query().literal()) {
                String m = SearchText.match(t.text());
                if (m != null) {
                    alternatives.add(m);
                }
            }
        }
        for (String hanzi : w.expansions) {
            alternatives.add(SearchText.match(hanzi));
        }
        if (!w.parts.isEmpty()) {
            List<String> each = new ArrayList<>();
            for (Word p : w.parts) {
                each.add(expression(p));
            }
            if (!each.contains(null)) {
                alternatives.add("(" + String.join(" AND ", each) + ")");
            }
        }
        return alternatives.isEmpty() ? null : "(" + String.join(" OR ", alternatives) + ")";
    }

    private static List<Ranked> bodyMatches(Connection c, SearchCatalog catalog, UnderstoodQuery u, List<Word> words,
                                            SortKeys keys, SearchFilter filter, int limit, Set<String> seen)
            throws SQLException {
        List<String> expressions = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        targets.add(SearchCatalog.key(u.normalized()));
        for (Word w : words) {
            String expression = expression(w);
            if (expression == null) {
                return List.of();
            }
            expressions.add(expression);
            for (Term t : w.forms) {
                targets.add(t.text());
                SearchText.runs(t.text()).forEach(r -> targets.add(r.text()));
            }
            for (Word p : w.parts) {
                p.forms.forEach(t -> targets.add(t.text()));
            }
            targets.addAll(w.expansions);
        }
        // a body found through a word's parts apart is no match of the word as typed
        boolean whole = words.stream().allMatch(w -> w.parts.isEmpty());
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
            ps.setInt(i, limit + seen.size());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && out.size() < limit) {
                    String id = rs.getString(1);
                    int at = catalog.position(id);
                    if (at >= 0 && seen.add(id)) {
                        SearchCatalog.Entry e = catalog.entries().get(at);
                        // (only asked when no word is a sound-alike match: keys are not fuzzy)
                        out.add(new Ranked(id, BODY, e, targets, keys.of(at, BODY, whole)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * For a text a pinyin term matches, notes the hanzi it matched, e.g. {@code youdai} → 优待, to look for in
     * bodies too: in the first few texts it matches only (finding where a match is costs more than knowing
     * that there is one). {@code looks} counts the texts looked in.
     */
    private static void noteExpansion(Set<String> expansions, int[] looks, PinyinText text, PinyinQuery term) {
        if (expansions.size() >= MAX_EXPANSIONS || looks[0]++ >= EXPANSION_LOOKS) {
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
        expansions.add(hanzi);
    }

    private static List<SearchHit> hits(Connection c, List<Ranked> ranked, List<Term> terms) throws SQLException {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<String, ItemSummary> summaries = new HashMap<>();
        Map<String, byte[]> json = new HashMap<>();
        String marks = String.join(",", Collections.nCopies(ranked.size(), "?"));
        // the item's JSON (kilobytes) only when a body match needs it for its snippet
        boolean bodies = ranked.stream().anyMatch(r -> r.tier() == BODY);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ItemStore.SUMMARY_COLUMNS
                + (bodies ? ", i.json" : ", NULL") + " FROM items i WHERE i.id IN (" + marks + ")")) {
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
        // only the titles that can hold what was typed, in order: the others would neither start with it nor
        // contain it
        BitSet maybe;
        if (p.literal()) {
            maybe = new BitSet();
            catalog.titles.mark(p.term(), maybe);
        } else {
            maybe = catalog.titleStarts().candidates(p);
        }
        FlatLattices lattices = catalog.titleLattices();
        List<SearchCatalog.Entry> entries = catalog.entries();
        for (int i = maybe.nextSetBit(0); i >= 0; i = maybe.nextSetBit(i + 1)) {
            if (keywordStarts.size() + titleStarts.size() >= limit) {
                break; // later titles rank below the ones held
            }
            SearchCatalog.Entry e = entries.get(i);
            PinyinText t = e.title();
            if (t.startsWith(p)) {
                add(titleStarts, new Suggestion(t.text(), e.id()), limit);
            } else if (titleHas.size() < limit && (p.literal() ? t.contains(p) : lattices.contains(i, p))) {
                add(titleHas, new Suggestion(t.text(), e.id()), limit);
            }
        }
        Map<String, Suggestion> out = new LinkedHashMap<>();
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

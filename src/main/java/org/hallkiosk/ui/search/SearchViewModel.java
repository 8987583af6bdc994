package org.hallkiosk.ui.search;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.config.Layout;
import org.hallkiosk.input.MirrorPinyinCandidates;
import org.hallkiosk.mirror.SearchFilter;
import org.hallkiosk.mirror.SearchHit;
import org.hallkiosk.mirror.SearchResults;
import org.hallkiosk.mirror.Suggestion;
import org.hallkiosk.ui.DeadEnds;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Place;

/**
 * Search as one types: once the typing pauses ({@link #DEBOUNCE}), the query runs off the FX thread; only the
 * answer to the latest query is shown, and a search whose query was overtaken before it started is skipped.
 * What was searched is logged anonymously when the visitor leaves the screen.
 */
public final class SearchViewModel {

    static final int MAX_RESULTS = 50;
    static final int MAX_SUGGESTIONS = 5;
    static final int MAX_QUERY = 30;
    /** A pause in typing this long runs the search; keys typed faster than this cost no query each. */
    static final Duration DEBOUNCE = Duration.ofMillis(150);

    /** What the results area shows. */
    public enum State { EMPTY_QUERY, SEARCHING, RESULTS, NO_RESULTS, ERROR }

    private final KioskContext context;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.EMPTY_QUERY);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<String> didYouMean = FXCollections.observableArrayList();
    /** The latest query's ticket; read by a worker too, to skip a search that was overtaken. */
    private final AtomicInteger requested = new AtomicInteger();
    private Runnable stopWaiting = () -> { };
    private boolean immediate;
    /** When no item had every word: the words asked for, to say so above the results; else empty. */
    private final StringProperty relaxedWords = new SimpleStringProperty("");
    /** Hot searches that find nothing in this kiosk's content: not offered as a chip. */
    private final Set<String> deadHotSearches = new HashSet<>();
    /** Current item id → the older versions of it among the hits (see {@link OlderVersions}). */
    private Map<String, List<SearchHit>> olderVersions = Map.of();

    public SearchViewModel(KioskContext context, String initialQuery) {
        this.context = context;
        query.set(initialQuery == null ? "" : initialQuery);
        query.addListener((o, was, now) -> search(now, !immediate));
        search(query.get(), false); // a hot search from home: nothing to wait for
    }

    /** A view model for this search's on-screen keyboard, typing into {@link #query()}. */
    public KeyboardViewModel newKeyboard() {
        return new KeyboardViewModel(this, context.keyboard(), new MirrorPinyinCandidates(context.mirror()),
                context.tasks());
    }

    public StringProperty query() {
        return query;
    }

    public ObjectProperty<State> state() {
        return state;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    public StringProperty relaxedWords() {
        return relaxedWords;
    }

    public ObservableList<String> didYouMean() {
        return didYouMean;
    }

    /** The layout's hot searches, without those found to lead nowhere ({@link #findDeadHotSearches}). */
    public List<String> hotSearches() {
        return context.layout().hotSearches().stream().filter(q -> !deadHotSearches.contains(q)).toList();
    }

    /**
     * Checks in the background which hot searches find nothing; they are left out of {@link #hotSearches()}
     * from then on (and reported for staff), and {@code done} runs so the screen can redraw its chips.
     */
    public void findDeadHotSearches(Runnable done) {
        DeadEnds.findDeadHotSearches(context, dead -> {
            deadHotSearches.addAll(dead);
            if (!dead.isEmpty()) {
                done.run();
            }
        });
    }

    public List<Layout.Hotline> hotlines() {
        return context.layout().hotlines();
    }

    /** A key of the on-screen keyboard; false (nothing typed) when it would pass the query's cap. */
    public boolean type(String text) {
        if (query.get().length() + text.length() <= MAX_QUERY) {
            query.set(query.get() + text);
            return true;
        }
        return false;
    }

    /** A candidate for the last {@code count} characters (the pinyin typed so far); false past the cap. */
    public boolean replaceEnd(int count, String text) {
        String q = query.get();
        if (count < 0 || count > q.length() || q.length() - count + text.length() > MAX_QUERY) {
            return false;
        }
        query.set(q.substring(0, q.length() - count) + text);
        return true;
    }

    public void backspace() {
        String q = query.get();
        if (!q.isEmpty()) {
            query.set(q.substring(0, q.offsetByCodePoints(q.length(), -1)));
        }
    }

    public void clear() {
        query.set("");
    }

    /** A hot search, a did-you-mean or a keyword suggestion: search for it instead. */
    public void searchFor(String text) {
        immediate = true; // one tap, not typing: no pause to wait for
        try {
            query.set(text);
        } finally {
            immediate = false;
        }
    }

    public void use(Suggestion s) {
        if (s.itemId() != null) {
            context.navigator().go(new Place.Item(s.itemId()));
        } else {
            searchFor(s.text());
        }
    }

    public void open(SearchHit hit) {
        context.navigator().go(new Place.Item(hit.item().id()));
    }

    public void home() {
        context.navigator().home();
    }

    /**
     * Logs what was searched, once, when the visitor leaves the search (nothing about who searched); the count
     * is unknown (null) when they left before the answer came or the search failed.
     */
    public void leave() {
        String q = query.get().strip();
        if (!q.isEmpty()) {
            boolean answered = state.get() == State.RESULTS || state.get() == State.NO_RESULTS;
            context.record("search", null, null, q, answered ? hits.size() : null);
        }
    }

    /** The screen is gone: a search still waiting for the typing to pause never runs, an answer is dropped. */
    public void dispose() {
        stopWaiting.run();
        requested.incrementAndGet();
    }

    private record Answer(SearchResults results, List<Suggestion> suggestions,
                          Map<String, List<SearchHit>> olderVersions) {
    }

    /** The hits that are older versions of {@code current} (also among the hits), for a 历史版本 line; or none. */
    public List<SearchHit> olderVersionsOf(SearchHit current) {
        return olderVersions.getOrDefault(current.item().id(), List.of());
    }

    /** Whether {@code hit} is an older version shown under its current one rather than as a card of its own. */
    public boolean isOlderVersion(SearchHit hit) {
        return olderVersions.values().stream().anyMatch(l -> l.contains(hit));
    }

    private void search(String text, boolean afterPause) {
        int ticket = requested.incrementAndGet();
        stopWaiting.run(); // the previous query's wait, if it has not run yet
        stopWaiting = () -> { };
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            hits.clear();
            suggestions.clear();
            didYouMean.clear();
            state.set(State.EMPTY_QUERY);
            return;
        }
        state.set(State.SEARCHING);
        if (afterPause) {
            stopWaiting = context.tasks().later(DEBOUNCE, () -> run(ticket, q));
        } else {
            run(ticket, q);
        }
    }

    private void run(int ticket, String q) {
        if (ticket != requested.get()) {
            return;
        }
        var search = context.mirror().search();
        var items = context.mirror().items();
        context.tasks().run(() -> {
                    if (ticket != requested.get()) {
                        return null; // overtaken while it waited for a worker
                    }
                    SearchResults results = search.search(q, SearchFilter.ALL, MAX_RESULTS);
                    return new Answer(results, search.suggest(q, MAX_SUGGESTIONS),
                            OlderVersions.of(items, results.hits()));
                },
                answer -> {
                    if (answer == null || ticket != requested.get()) {
                        return; // the visitor typed on; this answer is for an older query
                    }
                    olderVersions = answer.olderVersions(); // before the hits: their listeners draw the cards
                    hits.setAll(answer.results().hits());
                    suggestions.setAll(answer.suggestions().stream()
                            .filter(s -> s.itemId() == null).toList());
                    didYouMean.setAll(answer.results().didYouMean());
                    relaxedWords.set(answer.results().relaxed()
                            ? String.join(" ", answer.results().understood()) : "");
                    state.set(hits.isEmpty() ? State.NO_RESULTS : State.RESULTS);
                },
                error -> {
                    BackgroundFailures.report("search", error);
                    if (ticket == requested.get()) {
                        hits.clear();
                        suggestions.clear();
                        didYouMean.clear();
                        state.set(State.ERROR); // not "nothing found": the visitor should not give up on the words
                    }
                });
    }
}

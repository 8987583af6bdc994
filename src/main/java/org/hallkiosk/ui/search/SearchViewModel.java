package org.hallkiosk.ui.search;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.config.Layout;
import org.hallkiosk.mirror.SearchFilter;
import org.hallkiosk.mirror.SearchHit;
import org.hallkiosk.mirror.SearchResults;
import org.hallkiosk.mirror.Suggestion;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Place;

/**
 * Search as one types: every change of the query runs a search off the FX thread; only the answer to the
 * latest query is shown. What was searched is logged anonymously when the visitor leaves the screen.
 */
public final class SearchViewModel {

    static final int MAX_RESULTS = 50;
    static final int MAX_SUGGESTIONS = 5;
    static final int MAX_QUERY = 30;

    /** What the results area shows. */
    public enum State { EMPTY_QUERY, SEARCHING, RESULTS, NO_RESULTS }

    private final KioskContext context;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.EMPTY_QUERY);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<String> didYouMean = FXCollections.observableArrayList();
    /** When no item had every word: the words asked for, to say so above the results; else empty. */
    private final StringProperty relaxedWords = new SimpleStringProperty("");
    private int requested;

    public SearchViewModel(KioskContext context, String initialQuery) {
        this.context = context;
        query.addListener((o, was, now) -> search(now));
        query.set(initialQuery == null ? "" : initialQuery);
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

    public List<String> hotSearches() {
        return context.layout().hotSearches();
    }

    public List<Layout.Hotline> hotlines() {
        return context.layout().hotlines();
    }

    /** A key of the on-screen keyboard. */
    public void type(String text) {
        if (query.get().length() + text.length() <= MAX_QUERY) {
            query.set(query.get() + text);
        }
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
        query.set(text);
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

    /** Logs what was searched, once, when the visitor leaves the search (nothing about who searched). */
    public void leave() {
        String q = query.get().strip();
        if (!q.isEmpty() && state.get() != State.SEARCHING) {
            context.record("search", null, null, q, hits.size());
        }
    }

    private record Answer(SearchResults results, List<Suggestion> suggestions) {
    }

    private void search(String text) {
        int ticket = ++requested;
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            hits.clear();
            suggestions.clear();
            didYouMean.clear();
            state.set(State.EMPTY_QUERY);
            return;
        }
        state.set(State.SEARCHING);
        var search = context.mirror().search();
        context.tasks().run(() -> new Answer(search.search(q, SearchFilter.ALL, MAX_RESULTS),
                        search.suggest(q, MAX_SUGGESTIONS)),
                answer -> {
                    if (ticket != requested) {
                        return; // the visitor typed on; this answer is for an older query
                    }
                    hits.setAll(answer.results().hits());
                    suggestions.setAll(answer.suggestions().stream()
                            .filter(s -> s.itemId() == null).toList());
                    didYouMean.setAll(answer.results().didYouMean());
                    relaxedWords.set(answer.results().relaxed()
                            ? String.join(" ", answer.results().understood()) : "");
                    state.set(hits.isEmpty() ? State.NO_RESULTS : State.RESULTS);
                },
                error -> {
                    if (ticket == requested) {
                        hits.clear();
                        state.set(State.NO_RESULTS);
                    }
                });
    }
}

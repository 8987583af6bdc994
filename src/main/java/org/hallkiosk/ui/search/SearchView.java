package org.hallkiosk.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallkiosk.config.Layout;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.SearchHit;
import org.hallkiosk.mirror.Suggestion;
import org.hallkiosk.ui.Icons;
import org.hallkiosk.ui.ItemRows;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.Touch;

/**
 * Search: what was typed at the top, results (or hot searches, or next steps when nothing matches) in the
 * middle, the on-screen keyboard at the bottom. Never an empty page.
 */
public final class SearchView implements Screen {

    private final BorderPane root;
    private final SearchViewModel vm;
    private final VBox results = new VBox(); // spaced by .page
    private final ScrollPane scroll;
    private final OnScreenKeyboard keyboard;
    /** Whether the keyboard is shown; a visitor may put it away to read the results. */
    private final BooleanProperty keyboardShown =
            new SimpleBooleanProperty(true);

    public SearchView(SearchViewModel vm) {
        this.vm = vm;
        Label query = new Label();
        query.setId("queryText");
        query.getStyleClass().add("query");
        query.textProperty().bind(vm.query());
        // a long query wraps to a second line rather than losing its end beside 清空 and 收起键盘
        query.setWrapText(true);
        query.setMinWidth(0);
        query.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(query, Priority.ALWAYS);
        Label placeholder = Texts.wrapping(Messages.get("ui.search.placeholder"), "muted");
        placeholder.setId("queryPlaceholder");
        placeholder.visibleProperty().bind(vm.query().isEmpty());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        query.visibleProperty().bind(vm.query().isNotEmpty());
        query.managedProperty().bind(query.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(placeholder, Priority.ALWAYS);
        Button clear = new Button(Messages.get("ui.keyboard.clear"));
        clear.setId("clearQuery");
        clear.getStyleClass().add("secondary");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> vm.clear());
        clear.visibleProperty().bind(vm.query().isNotEmpty());
        // 收起键盘: the results get the whole screen (a low screen in 长辈模式 has room for little else)
        Button keys = new Button();
        keys.setId("keyboardToggle");
        keys.getStyleClass().add("secondary");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        keys.textProperty().bind(Bindings.when(keyboardShown)
                .then(Messages.get("ui.search.hideKeyboard")).otherwise(Messages.get("ui.search.showKeyboard")));
        keys.setOnAction(e -> keyboardShown.set(!keyboardShown.get()));
        HBox box = new HBox(Icons.icon("search"), query, placeholder, grow, clear, keys);
        box.getStyleClass().add("query-box");
        box.setOnMouseClicked(e -> keyboardShown.set(true)); // a tap on the query brings the keyboard back
        VBox top = new VBox(box);
        top.getStyleClass().addAll("page", "search-top");

        results.getStyleClass().add("page");
        results.setId("searchResults");
        scroll = Touch.kinetic(new ScrollPane(results));
        vm.state().addListener((o, a, b) -> refresh());
        vm.hits().addListener((ListChangeListener<SearchHit>) c -> refresh());
        refresh();
        // a hot search that finds nothing is no chip here either (as on home); its finding redraws the chips
        vm.findDeadHotSearches(() -> {
            if (vm.state().get() == SearchViewModel.State.EMPTY_QUERY
                    || vm.state().get() == SearchViewModel.State.NO_RESULTS) {
                refresh();
            }
        });

        keyboard = new OnScreenKeyboard(vm.newKeyboard());
        keyboard.visibleProperty().bind(keyboardShown);
        keyboard.managedProperty().bind(keyboardShown);
        root = new BorderPane(scroll, top, null, null, null);
        root.setId("search");
        // On a wide screen the keyboard sits beside the results, so both stay large; else below them. On a low
        // screen in 长辈模式 (1366×768) the keyboard below leaves the results a line or two: 收起键盘 above gives
        // them the screen. (Beside them there, the results would be a column too narrow for a card's line of facts.)
        Runnable place = () -> {
            boolean wide = root.getWidth() > 1.4 * root.getHeight() && root.getWidth() >= 1400;
            if (wide && root.getRight() != keyboard) {
                root.setBottom(null);
                root.setRight(keyboard);
            } else if (!wide && root.getBottom() != keyboard) {
                root.setRight(null);
                root.setBottom(keyboard);
            }
            keyboard.setPrefWidth(wide ? root.getWidth() * 0.5 : Region.USE_COMPUTED_SIZE);
            keyboard.getStyleClass().removeAll("roomy", "low");
            if (wide) {
                keyboard.getStyleClass().add("roomy"); // beside the results there is height to spare
            } else if (root.getWidth() > root.getHeight()) {
                keyboard.getStyleClass().add("low"); // below the results on a low screen: the pad gives way
            }
        };
        root.widthProperty().addListener((o, a, b) -> place.run());
        root.heightProperty().addListener((o, a, b) -> place.run());
        place.run();
    }

    private void refresh() {
        results.getChildren().clear();
        scroll.setVvalue(0);
        switch (vm.state().get()) {
            case EMPTY_QUERY -> {
                results.getChildren().add(Texts.wrapping(Messages.get("ui.search.howTo"), "h2"));
                results.getChildren().add(chips(Messages.get("ui.home.hotSearches"), vm.hotSearches()));
            }
            case SEARCHING -> results.getChildren().add(Texts.wrapping(Messages.get("ui.search.searching"), "muted"));
            case RESULTS -> {
                // how many, and what they may have meant, on one line where it fits: a low screen keeps room for cards
                Label count = Texts.wrapping(Messages.get("ui.search.count", vm.hits().size()), "muted");
                if (!vm.suggestions().isEmpty()) {
                    FlowPane line = chips(Messages.get("ui.search.suggestions"),
                            vm.suggestions().stream().map(Suggestion::text).toList());
                    count.setMinWidth(Region.USE_PREF_SIZE);
                    line.getChildren().add(0, count);
                    results.getChildren().add(line);
                }
                if (!vm.relaxedWords().get().isEmpty()) {
                    results.getChildren().add(Texts.wrapping(Messages.get("ui.search.relaxed", vm.relaxedWords().get()),
                            "muted"));
                }
                if (vm.suggestions().isEmpty()) {
                    results.getChildren().add(count);
                }
                // Results by type; the type of the best hit first, and the search's order within each type.
                var byType = new LinkedHashMap<ItemType, List<SearchHit>>();
                for (SearchHit hit : vm.hits()) {
                    byType.computeIfAbsent(hit.item().type(), t -> new ArrayList<>()).add(hit);
                }
                for (var group : byType.entrySet()) {
                    results.getChildren().add(Texts.wrapping(Messages.get("ui.search.group",
                            Texts.type(group.getKey()), group.getValue().size()), "section-title"));
                    for (SearchHit hit : group.getValue()) {
                        if (vm.isOlderVersion(hit)) {
                            continue; // under its current version
                        }
                        results.getChildren().add(ItemRows.row(hit.item(), hit.snippet(), hit.highlights(),
                                () -> vm.open(hit)));
                        if (!vm.olderVersionsOf(hit).isEmpty()) {
                            results.getChildren().add(olderVersions(vm.olderVersionsOf(hit)));
                        }
                    }
                }
            }
            case NO_RESULTS -> results.getChildren().add(noResults());
            case ERROR -> {
                Label error = Texts.wrapping(Messages.get("ui.search.error"), "h2");
                error.setId("searchError");
                results.getChildren().add(error);
            }
        }
    }

    /**
     * A collapsed "历史版本（n）" line under a current policy; a tap opens the older versions' cards beneath it
     * (each says on its own screen that it is no longer in force).
     */
    private Node olderVersions(List<SearchHit> older) {
        VBox cards = new VBox();
        cards.getStyleClass().add("older-versions");
        cards.setVisible(false);
        cards.setManaged(false);
        for (SearchHit h : older) {
            cards.getChildren().add(ItemRows.row(h.item(), h.snippet(), h.highlights(), () -> vm.open(h)));
        }
        Button toggle = new Button(Messages.get("ui.search.history", older.size()), Icons.icon("next"));
        toggle.getStyleClass().addAll("secondary", "history-toggle");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setOnAction(e -> {
            boolean open = !cards.isVisible();
            cards.setVisible(open);
            cards.setManaged(open);
            toggle.setGraphic(Icons.icon(open ? "down" : "next"));
        });
        VBox box = new VBox(toggle, cards);
        box.getStyleClass().add("history");
        return box;
    }

    /** The next steps when nothing matches: what they may have meant, hot searches, whom to call. */
    private Node noResults() {
        VBox box = new VBox();
        box.setId("noResults");
        box.getStyleClass().add("next-steps");
        box.getChildren().add(Texts.wrapping(Messages.get("ui.search.none", vm.query().get()), "h2"));
        if (!vm.didYouMean().isEmpty()) {
            box.getChildren().add(chips(Messages.get("ui.search.didYouMean"), vm.didYouMean()));
        }
        box.getChildren().add(Texts.wrapping(Messages.get("ui.search.tryInitials"), "muted"));
        box.getChildren().add(chips(Messages.get("ui.search.tryHot"), vm.hotSearches()));
        if (!vm.hotlines().isEmpty()) {
            VBox phones = new VBox(Texts.wrapping(Messages.get("ui.search.callUs"), "strong"));
            phones.getStyleClass().add("hotline-list");
            for (Layout.Hotline h : vm.hotlines()) {
                // label and number wrap to a second line rather than leave a narrow column
                FlowPane line = new FlowPane(Icons.icon("phone"), Texts.fixed(h.label(), "muted"),
                        Texts.fixed(h.number(), "strong"));
                line.getStyleClass().add("hotline");
                line.setAlignment(Pos.CENTER_LEFT);
                phones.getChildren().add(line);
            }
            box.getChildren().add(phones);
        }
        Button home = new Button(Messages.get("ui.search.backHome"), Icons.icon("home"));
        home.getStyleClass().add("secondary");
        home.setMinWidth(Region.USE_PREF_SIZE);
        home.setOnAction(e -> vm.home());
        box.getChildren().add(home);
        return box;
    }

    private FlowPane chips(String title, List<String> words) {
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add("chip-row");
        pane.setAlignment(Pos.CENTER_LEFT);
        pane.getChildren().add(Texts.fixed(title, "strong"));
        for (String w : words) {
            Button chip = new Button(w);
            chip.getStyleClass().add("chip");
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setOnAction(e -> vm.searchFor(w));
            pane.getChildren().add(chip);
        }
        return pane;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return new SimpleStringProperty(Messages.get("ui.search.title"));
    }

    @Override
    public void dispose() {
        vm.leave();
        vm.dispose();
        keyboard.dispose();
    }
}

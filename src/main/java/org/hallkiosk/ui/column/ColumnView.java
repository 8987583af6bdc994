package org.hallkiosk.ui.column;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Icons;
import org.hallkiosk.ui.ItemRows;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.Touch;

/** A column: large rows, newest first, with big previous/next page buttons and swipes between pages. */
public final class ColumnView implements Screen {

    private final BorderPane root;
    private final ColumnViewModel vm;

    public ColumnView(ColumnViewModel vm) {
        this.vm = vm;
        Label heading = Texts.wrapping("", "h1");
        heading.textProperty().bind(vm.name());
        Label count = Texts.fixed("", "muted");
        VBox rows = new VBox(); // spaced by .page
        rows.setId("columnRows");
        rows.getStyleClass().add("page");
        ScrollPane scroll = Touch.kinetic(new ScrollPane(rows));
        Touch.swipePages(scroll, vm::next, vm::previous);

        Button previous = new Button(Messages.get("ui.column.previous"), Icons.icon("previous"));
        previous.setId("previousPage");
        previous.getStyleClass().add("secondary");
        previous.setOnAction(e -> vm.previous());
        Button next = new Button(Messages.get("ui.column.next"), Icons.icon("next"));
        next.setId("nextPage");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setOnAction(e -> vm.next());
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        Label pageOf = Texts.fixed("", "strong");
        Region l = new Region();
        Region r = new Region();
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox.setHgrow(r, Priority.ALWAYS);
        HBox pager = new HBox(previous, l, pageOf, r, next);
        pager.setAlignment(Pos.CENTER);
        pager.getStyleClass().add("page");

        Runnable refresh = () -> {
            rows.getChildren().clear();
            for (ItemSummary item : vm.rows()) {
                rows.getChildren().add(ItemRows.row(item, () -> vm.open(item)));
            }
            if (vm.total().get() == 0) {
                rows.getChildren().add(emptyColumn(vm));
            }
            count.setText(vm.total().get() < 0 ? "" : Messages.get("ui.column.count", vm.total().get()));
            pageOf.setText(Messages.get("ui.column.pageOf", vm.page().get() + 1, vm.pageCount()));
            previous.setDisable(!vm.hasPrevious());
            next.setDisable(!vm.hasNext());
            pager.setVisible(vm.pageCount() > 1);
            pager.setManaged(vm.pageCount() > 1);
            scroll.setVvalue(0);
        };
        vm.rows().addListener((ListChangeListener<ItemSummary>) c -> refresh.run());
        vm.total().addListener((o, a, b) -> refresh.run());
        refresh.run();

        HBox head = new HBox(heading, count); // spaced by .page
        head.setAlignment(Pos.BASELINE_LEFT);
        head.getStyleClass().add("page");
        HBox.setHgrow(heading, Priority.ALWAYS);
        root = new BorderPane(scroll, head, null, pager, null);
        root.setId("column");
    }

    /** Never a bare sentence: an empty column offers search, the hot searches and whom to call. */
    private static Node emptyColumn(ColumnViewModel vm) {
        VBox box = new VBox();
        box.setId("emptyColumn");
        box.getStyleClass().add("next-steps");
        box.getChildren().add(Texts.wrapping(Messages.get("ui.column.empty"), "h2"));
        Button search = new Button(Messages.get("ui.column.search"), Icons.icon("search"));
        search.setId("emptyColumnSearch");
        search.setMinWidth(Region.USE_PREF_SIZE);
        search.setOnAction(e -> vm.search(""));
        box.getChildren().add(search);
        FlowPane hot = new FlowPane();
        hot.getStyleClass().add("chip-row");
        hot.setAlignment(Pos.CENTER_LEFT);
        hot.getChildren().add(Texts.fixed(Messages.get("ui.home.hotSearches"), "strong"));
        for (String q : vm.hotSearches()) {
            Button chip = new Button(q);
            chip.getStyleClass().add("chip");
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setOnAction(e -> vm.search(q));
            hot.getChildren().add(chip);
        }
        box.getChildren().add(hot);
        if (!vm.hotlines().isEmpty()) {
            box.getChildren().add(Texts.wrapping(Messages.get("ui.search.callUs"), "strong"));
            for (var h : vm.hotlines()) {
                FlowPane line = new FlowPane(Icons.icon("phone"),
                        Texts.fixed(h.label(), "muted"), Texts.fixed(h.number(), "strong"));
                line.getStyleClass().add("hotline");
                line.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().add(line);
            }
        }
        return box;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return vm.name();
    }
}

package org.hallkiosk.ui.home;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.hallkiosk.config.Layout;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.FirstPaint;
import org.hallkiosk.ui.Icons;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.Touch;
import org.hallkiosk.ui.aids.ReadAlong;
import org.hallkiosk.ui.aids.ReadAloud;

/** Home: a search bar, hot searches, the layout's tiles, and the hotlines. */
public final class HomeView implements Screen, ReadAloud.Readable {

    private static final int WIDE_COLUMNS = 4;
    private static final int NARROW_COLUMNS = 2;
    /**
     * Below this many lines of body text in height, tiles lay icon and label side by side. 1920×1080 in
     * 长辈模式 (about 24 lines under the top bar) is such a screen: with the search bar, hot searches and the
     * foot, tiles with the icon above the label would need more height than is left.
     */
    private static final double LOW_SCREEN_EM = 26;

    private final ScrollPane root;
    private final HomeViewModel vm;
    private final ReadAlong readAlong;
    private final FirstPaint backgroundChecks;

    public HomeView(HomeViewModel vm) {
        this.vm = vm;
        // A whole-width target that looks like a search field; the hint wraps rather than being cut.
        Label hint = Texts.wrapping(Messages.get("ui.home.searchHint"), "muted");
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox searchBar = new HBox(Icons.icon("search"), hint);
        searchBar.setId("searchBar");
        searchBar.getStyleClass().add("search-bar");
        searchBar.setMinHeight(Region.USE_PREF_SIZE);
        searchBar.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                vm.search("");
            }
        });

        FlowPane hot = new FlowPane();
        hot.getStyleClass().add("chip-row");
        hot.setAlignment(Pos.CENTER_LEFT);
        Label hotTitle = Texts.fixed(Messages.get("ui.home.hotSearches"), "strong");
        hot.getChildren().add(hotTitle);
        for (String q : vm.hotSearches()) {
            Button chip = new Button(q);
            chip.getStyleClass().add("chip");
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setOnAction(e -> vm.search(q));
            hot.getChildren().add(chip);
        }

        GridPane tiles = new GridPane();
        tiles.setId("tiles");
        List<Button> buttons = new ArrayList<>();
        int i = 0;
        for (Layout.Tile t : vm.tiles()) {
            Button tile = new Button(t.label(), Icons.big(t.icon()));
            tile.getStyleClass().addAll("tile", t.color());
            tile.setId("tile-" + i++);
            tile.setWrapText(true);
            tile.setTextAlignment(TextAlignment.CENTER);
            tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            tile.setMinHeight(Region.USE_PREF_SIZE);
            tile.setOnAction(e -> vm.open(t));
            buttons.add(tile);
        }
        VBox.setVgrow(tiles, Priority.ALWAYS);

        FlowPane phones = new FlowPane();
        phones.getStyleClass().add("hotlines");
        for (Layout.Hotline h : vm.hotlines()) {
            HBox line = new HBox(Icons.icon("phone"), Texts.fixed(h.label(), "muted"),
                    Texts.fixed(h.number(), "strong"));
            line.getStyleClass().add("hotline");
            line.setAlignment(Pos.CENTER_LEFT);
            phones.getChildren().add(line);
        }

        // 内容更新于 in the foot, beside the hotlines where the line has room: a visitor (and staff passing by)
        // sees how current the content is without a row of its own taking height from the tiles
        Label updated = Texts.fixed("", "muted");
        updated.setId("contentDate");
        updated.managedProperty().bind(updated.textProperty().isNotEmpty());
        updated.visibleProperty().bind(updated.textProperty().isNotEmpty());
        phones.getChildren().add(updated);
        vm.contentDate(updated::setText);

        VBox page = new VBox(searchBar, hot, tiles, phones);
        page.getStyleClass().add("page");
        page.setId("home");
        root = Touch.kinetic(new ScrollPane(page));
        root.setFitToHeight(true);
        // 朗读 on home too: an elderly visitor hears what the kiosk offers before choosing
        readAlong = new ReadAlong(null, vm.readAloudText(), page, root);
        // Four tiles a row on a landscape screen, two on a portrait one, so that tiles stay about square.
        // On a low screen (1366×768 in 长辈模式) the tiles put the icon beside the label, so that the labels
        // stay in sight above the fold instead of only the icons.
        Runnable arrange = () -> {
            int columns = root.getWidth() >= root.getHeight() ? WIDE_COLUMNS : NARROW_COLUMNS;
            if (tiles.getColumnConstraints().size() != columns) {
                layOut(tiles, buttons, columns);
            }
            double em = hint.getFont().getSize();
            boolean low = root.getHeight() > 0 && root.getHeight() < LOW_SCREEN_EM * em;
            tiles.getStyleClass().remove("compact");
            if (low) {
                tiles.getStyleClass().add("compact");
            }
        };
        // What home finds out in the background waits, on the kiosk's start straight to home (after a crash),
        // until home is painted; later visits, tools and previews ask at once. Whether a speech engine works
        // (the check looks for printers and runs the engine): until it is known, 朗读 is not offered. A tile or
        // hot search that leads nowhere is not offered (staff find it in the log); searching for them loads
        // search's dictionaries (half a second of CPU): until then every tile is offered and leads where it
        // always did (an empty column or search says so).
        backgroundChecks = FirstPaint.afterStart(root, () -> {
            vm.offerReadAloud(this);
            findDeadEnds(hot, tiles, buttons);
        });

        root.widthProperty().addListener((o, a, b) -> arrange.run());
        root.heightProperty().addListener((o, a, b) -> arrange.run());
        hint.fontProperty().addListener((o, a, b) -> arrange.run());
        layOut(tiles, buttons, WIDE_COLUMNS);
    }

    /** Hides the tiles and hot searches that lead nowhere, once the background check has found them. */
    private void findDeadEnds(FlowPane hot, GridPane tiles, List<Button> buttons) {
        vm.findDeadEnds(dead -> {
            hot.getChildren().removeIf(n -> n instanceof Button b && dead.hotSearches().contains(b.getText()));
            List<Layout.Tile> all = vm.tiles();
            for (int t = all.size() - 1; t >= 0; t--) {
                if (dead.tiles().contains(all.get(t))) {
                    buttons.remove(t);
                }
            }
            if (!dead.tiles().isEmpty()) {
                layOut(tiles, buttons, Math.max(1, tiles.getColumnConstraints().size()));
            }
        });
    }

    private static void layOut(GridPane grid, List<Button> tiles, int columns) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < (tiles.size() + columns - 1) / columns; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setFillHeight(true);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < tiles.size(); i++) {
            grid.add(tiles.get(i), i % columns, i / columns);
        }
    }

    @Override
    public void dispose() {
        backgroundChecks.cancel();
    }

    @Override
    public ReadAlong readAlong() {
        return readAlong;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return new SimpleStringProperty(vm.hallName());
    }
}

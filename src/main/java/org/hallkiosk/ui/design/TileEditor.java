package org.hallkiosk.ui.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.hallkiosk.config.Layout;
import org.hallkiosk.content.Column;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Icons;

/**
 * The designer's editor of the chosen tile: its label (with its length), icon, colour (with the contrast of
 * its text in both looks) and where it leads (a column, an item found by the words of its title, or a search
 * with its result count). Its rows are laid out again only when another tile or another kind of target is
 * chosen, so that the field being typed in keeps the focus.
 */
final class TileEditor {

    private final DesignViewModel vm;
    private final VBox box;
    /** True while the fields are being filled from the layout, so that filling them makes no edit. */
    private boolean updating;
    private int shownEditorFor = -2;
    /** The chosen tile and its kind of target the editor's rows were laid out for: relaid only when they change,
     *  so that the field being typed in keeps the focus. */
    private String editorShape = "";

    // the tile editor's fields, made once and refilled for the chosen tile
    private final TextField tileLabel = new TextField();
    private final Label tileLabelLength = new Label();
    private final ComboBox<String> tileIcon = new ComboBox<>();
    private final ComboBox<String> tileColor = new ComboBox<>();
    private final Label tileContrast = new Label();
    private final ChoiceBox<Layout.Target.Kind> tileKind = new ChoiceBox<>();
    private final ComboBox<Column> tileColumn = new ComboBox<>();
    private final TextField tileSearch = new TextField();
    private final Label tileSearchCount = new Label();
    private final Label tileItem = new Label();
    private final TextField tileItemFind = new TextField();
    private final VBox tileItemResults = new VBox(2);

    TileEditor(DesignViewModel vm, VBox box) {
        this.vm = vm;
        this.box = box;
        tileLabel.setId("tileLabel");
        tileLabel.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                vm.setTileLabel(vm.selected().get(), b);
            }
        });
        tileLabel.focusedProperty().addListener((o, a, focused) -> vm.seal());
        tileIcon.setId("tileIcon");
        tileIcon.getItems().setAll(Layout.ICONS.stream().sorted().toList());
        tileIcon.setCellFactory(l -> iconCell());
        tileIcon.setButtonCell(iconCell());
        tileIcon.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.setTileIcon(vm.selected().get(), b);
            }
        });
        tileColor.setId("tileColor");
        tileColor.getItems().setAll(List.of("blue", "green", "orange", "red", "purple", "teal", "gray"));
        tileColor.setCellFactory(l -> colourCell());
        tileColor.setButtonCell(colourCell());
        tileColor.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.setTileColor(vm.selected().get(), b);
            }
        });
        tileContrast.setId("tileContrast");
        tileKind.setId("tileTargetKind");
        tileKind.getItems().setAll(Layout.Target.Kind.values());
        tileKind.setConverter(DesignView.converter(k -> Messages.get("design.target." + k.name().toLowerCase(Locale.ROOT))));
        tileKind.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                changeKind(b);
            }
        });
        tileColumn.setId("tileColumn");
        tileColumn.setConverter(DesignView.converter(c -> c.name() + "（" + c.id() + "）"));
        tileColumn.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.setTileTarget(vm.selected().get(), new Layout.Target(Layout.Target.Kind.COLUMN, b.id()));
            }
        });
        tileSearch.setId("tileSearch");
        tileSearch.textProperty().addListener((o, a, b) -> {
            if (!updating && !b.isBlank()) {
                vm.setTileTarget(vm.selected().get(), new Layout.Target(Layout.Target.Kind.SEARCH, b.strip()));
            }
        });
        tileSearchCount.setId("tileSearchCount");
        tileItem.setId("tileItem");
        tileItemFind.setId("tileItemFind");
        tileItemFind.setPromptText(Messages.get("design.target.findPrompt"));
        tileItemFind.textProperty().addListener((o, a, b) -> vm.findItems(b, this::showFoundItems));
        tileItemResults.setId("tileItemResults");
    }

    /** A new kind of target for the chosen tile, with a sensible first value the administrator then changes. */
    private void changeKind(Layout.Target.Kind kind) {
        int i = vm.selected().get();
        Layout.Tile tile = tileAt(i);
        if (tile == null) {
            return;
        }
        switch (kind) {
            case COLUMN -> {
                if (!vm.columns().isEmpty()) {
                    vm.setTileTarget(i, new Layout.Target(kind, vm.columns().get(0).id()));
                }
            }
            case SEARCH -> vm.setTileTarget(i, new Layout.Target(kind, tile.label()));
            case ITEM -> vm.findItems(tile.label(), found -> {
                String id = !found.isEmpty() ? found.get(0).id()
                        : vm.titles().keySet().stream().sorted().findFirst().orElse(null);
                if (id != null) {
                    vm.setTileTarget(i, new Layout.Target(kind, id));
                }
            });
        }
    }

    private void showFoundItems(List<ItemSummary> found) {
        List<Node> rows = new ArrayList<>();
        int n = 0;
        for (var item : found) {
            Button pick = new Button(item.title());
            pick.setId("tileItemResult-" + n++);
            pick.setMaxWidth(Double.MAX_VALUE);
            pick.setOnAction(e -> vm.setTileTarget(vm.selected().get(),
                    new Layout.Target(Layout.Target.Kind.ITEM, item.id())));
            rows.add(pick);
        }
        tileItemResults.getChildren().setAll(rows);
    }

    private Layout.Tile tileAt(int i) {
        List<Layout.Tile> tiles = vm.layout().get().tiles();
        return i >= 0 && i < tiles.size() ? tiles.get(i) : null;
    }

    private ListCell<String> iconCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty || name == null ? null : Messages.get("design.icon." + name) + "（" + name + "）");
                setGraphic(empty || name == null ? null : Icons.icon(name));
            }
        };
    }

    private ListCell<String> colourCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                if (empty || name == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Layout.Contrast look = vm.previewLook().get();
                Rectangle swatch = new Rectangle(28, 18, Color.web(vm.palette().tile(name, look)));
                swatch.getStyleClass().add("swatch");
                Label sample = new Label("字");
                sample.setTextFill(Color.web(vm.palette().tileText(look)));
                setGraphic(new StackPane(swatch, sample));
                setText(Messages.get("design.color." + name) + "  " + DesignViewModel.ratio(
                        vm.palette().worstContrast(name)));
            }
        };
    }


    /** Shows the chosen tile of {@code l}; its fields make no edit while they are filled. */
    void fill(Layout l) {
        updating = true;
        try {
            show(l);
        } finally {
            updating = false;
        }
    }

    private void show(Layout l) {
        int i = vm.selected().get();
        Layout.Tile t = tileAt(i);
        if (t == null) {
            box.getChildren().setAll(new Label(Messages.get("design.tiles.none")));
            shownEditorFor = -1;
            editorShape = "";
            return;
        }
        if (!tileColumn.getItems().equals(vm.columns())) {
            tileColumn.getItems().setAll(vm.columns());
        }
        if (shownEditorFor != i) {
            tileLabel.setText(t.label()); // another tile: its own text, whatever the field held
            tileItemFind.clear();
            tileItemResults.getChildren().clear();
            shownEditorFor = i;
        } else {
            DesignView.setIfDifferent(tileLabel, t.label(), tileLabel.getText().strip().equals(t.label()));
        }
        tileLabelLength.setText(Messages.get("design.tiles.length", t.label().codePointCount(0, t.label().length())));
        tileIcon.setValue(t.icon());
        tileColor.setValue(t.color());
        double standard = vm.palette().contrast(t.color(), Layout.Contrast.STANDARD);
        double high = vm.palette().contrast(t.color(), Layout.Contrast.HIGH);
        boolean ok = Math.min(standard, high) >= ThemePalette.MIN_CONTRAST;
        tileContrast.setText(Messages.get(ok ? "design.contrast.ok" : "design.contrast.low",
                DesignViewModel.ratio(standard), DesignViewModel.ratio(high)));
        tileContrast.getStyleClass().setAll("label", ok ? "ok" : "problem");
        Layout.Target target = t.target();
        tileKind.setValue(target == null ? null : target.kind());
        if (target != null) {
            switch (target.kind()) {
                case COLUMN -> {
                    tileColumn.setValue(vm.columns().stream().filter(c -> c.id().equals(target.value())).findFirst()
                            .orElse(null));
                    tileColumn.setPromptText(target.value());
                }
                case SEARCH -> DesignView.setIfDifferent(tileSearch, target.value(),
                        tileSearch.getText().strip().equals(target.value()));
                case ITEM -> tileItem.setText(vm.titles().containsKey(target.value())
                        ? vm.titles().get(target.value()) + "（" + target.value() + "）"
                        : Messages.get("design.target.missingItem", target.value()));
            }
        }
        String shape = i + ":" + (target == null ? "" : target.kind());
        if (shape.equals(editorShape)) {
            return;
        }
        editorShape = shape;
        // the rows are laid out anew only here: a node has one parent, so each is placed in one row at a time
        List<Node> targetRow = target == null ? List.of() : switch (target.kind()) {
            case COLUMN -> List.of(tileColumn);
            case SEARCH -> List.of(tileSearch, tileSearchCount);
            case ITEM -> List.of(new VBox(4, tileItem, tileItemFind, tileItemResults));
        };
        HBox kindRow = new HBox(8, tileKind);
        kindRow.getChildren().addAll(targetRow);
        kindRow.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().setAll(
                new Label(Messages.get("design.tiles.editing", i + 1)),
                field("design.tiles.label", new HBox(8, tileLabel, tileLabelLength)),
                field("design.tiles.icon", tileIcon),
                field("design.tiles.color", new VBox(4, tileColor, tileContrast)),
                field("design.tiles.target", kindRow));
    }

    private static Node field(String key, Node control) {
        Label name = new Label(Messages.get(key));
        name.setMinWidth(72);
        HBox row = new HBox(8, name, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }


    /** The swatch of the chosen colour follows the look being previewed. */
    void lookChanged() {
        tileColor.setButtonCell(colourCell());
    }

    /** The result count of the chosen tile's search, once it is known. */
    void showCount() {
        Layout.Tile t = tileAt(vm.selected().get());
        if (t != null && t.target() != null && t.target().kind() == Layout.Target.Kind.SEARCH) {
            DesignView.showCount(tileSearchCount, vm.counts().get(t.target().value()));
        }
    }
}

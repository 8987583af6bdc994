package org.hallkiosk.ui.design;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.hallkiosk.config.Layout;
import org.hallkiosk.content.Column;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Icons;

/**
 * The designer's form (design.fxml) beside the live preview: it shows the view model's layout and turns
 * every change of a field into one edit of it. Fields are refreshed from the layout after undo and redo; a
 * field being typed in is left alone while its text already says what the layout holds.
 */
public final class DesignView {

    public static final String STYLESHEET = DesignView.class.getResource("design.css").toExternalForm();

    private final DesignViewModel vm;
    private final DesignPreview preview;
    /** True while the form is being filled from the layout, so that filling it makes no edit. */
    private boolean updating;
    private List<Object> tileListShows = List.of();
    private TileEditor editor;
    private int dragFrom = -1;

    @FXML private Parent root;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button saveButton;
    @FXML private Label statusLabel;
    @FXML private ChoiceBox<DesignViewModel.PreviewSize> sizeChoice;
    @FXML private ToggleButton homeToggle;
    @FXML private ToggleButton attractToggle;
    @FXML private ToggleButton largeToggle;
    @FXML private ToggleButton contrastToggle;
    @FXML private StackPane previewHolder;
    @FXML private Label contentLabel;
    @FXML private VBox tileList;
    @FXML private Button addTileButton;
    @FXML private VBox tileEditor;
    @FXML private VBox hotList;
    @FXML private TextField newHotField;
    @FXML private Button addHotButton;
    @FXML private VBox hotlineList;
    @FXML private Button addHotlineButton;
    @FXML private Spinner<Integer> timeoutSpinner;
    @FXML private Spinner<Integer> warningSpinner;
    @FXML private CheckBox toneCheck;
    @FXML private ChoiceBox<Layout.TextSize> textSizeChoice;
    @FXML private ChoiceBox<Layout.Contrast> themeChoice;
    @FXML private TextField attractTitle;
    @FXML private TextArea noticesArea;
    @FXML private Spinner<Integer> rotateSpinner;
    @FXML private VBox problemList;

    /** @param contentNote which content the targets and counts come from, for the administrator */
    public DesignView(DesignViewModel vm, DesignPreview preview, String contentNote) {
        this.vm = vm;
        this.preview = preview;
        FXMLLoader loader = new FXMLLoader(DesignView.class.getResource("design.fxml"), Messages.bundle());
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("design.fxml does not load", e);
        }
        root.getStylesheets().add(STYLESHEET);
        contentLabel.setText(contentNote);
        previewHolder.getChildren().add(preview.view());
        wireToolbar();
        wirePreviewBar();
        editor = new TileEditor(vm, tileEditor);
        wireFields();
        vm.layout().addListener((o, was, now) -> refresh());
        vm.selected().addListener((o, was, now) -> refresh());
        vm.counts().addListener((MapChangeListener<String, Integer>) c -> refreshCounts());
        vm.columns().addListener((ListChangeListener<Column>) c -> refresh());
        vm.problems().addListener((ListChangeListener<String>) c -> showProblems());
        if (vm.selected().get() < 0 && !vm.layout().get().tiles().isEmpty()) {
            vm.selected().set(0);
        }
        refresh();
        showProblems();
    }

    public Parent view() {
        return root;
    }

    DesignPreview preview() {
        return preview;
    }

    private void wireToolbar() {
        undoButton.setOnAction(e -> vm.undo());
        redoButton.setOnAction(e -> vm.redo());
        undoButton.disableProperty().bind(vm.canUndo().not());
        redoButton.disableProperty().bind(vm.canRedo().not());
        saveButton.setOnAction(e -> vm.save());
        statusLabel.textProperty().bind(vm.status());
    }

    private void wirePreviewBar() {
        sizeChoice.getItems().setAll(DesignViewModel.SIZES);
        sizeChoice.valueProperty().bindBidirectional(vm.previewSize());
        ToggleGroup screens = new ToggleGroup();
        homeToggle.setToggleGroup(screens);
        attractToggle.setToggleGroup(screens);
        homeToggle.setSelected(vm.previewScreen().get() == DesignViewModel.PreviewScreen.HOME);
        attractToggle.setSelected(!homeToggle.isSelected());
        homeToggle.setOnAction(e -> {
            homeToggle.setSelected(true);
            vm.previewScreen().set(DesignViewModel.PreviewScreen.HOME);
        });
        attractToggle.setOnAction(e -> {
            attractToggle.setSelected(true);
            vm.previewScreen().set(DesignViewModel.PreviewScreen.ATTRACT);
        });
        largeToggle.setSelected(vm.previewText().get() == Layout.TextSize.LARGE);
        largeToggle.setOnAction(e -> vm.previewText().set(largeToggle.isSelected() ? Layout.TextSize.LARGE
                : Layout.TextSize.STANDARD));
        vm.previewText().addListener((o, a, b) -> largeToggle.setSelected(b == Layout.TextSize.LARGE));
        contrastToggle.setSelected(vm.previewLook().get() == Layout.Contrast.HIGH);
        contrastToggle.setOnAction(e -> vm.previewLook().set(contrastToggle.isSelected() ? Layout.Contrast.HIGH
                : Layout.Contrast.STANDARD));
        vm.previewLook().addListener((o, a, b) -> {
            contrastToggle.setSelected(b == Layout.Contrast.HIGH);
            editor.lookChanged(); // the swatches show the look being previewed
            refresh();
        });
    }

    static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        };
    }

    // --- the other fields -----------------------------------------------------------------------------

    private void wireFields() {
        addTileButton.setOnAction(e -> vm.addTile());
        addHotButton.setOnAction(e -> {
            vm.addHotSearch(newHotField.getText());
            newHotField.clear();
        });
        newHotField.setOnAction(e -> addHotButton.fire());
        addHotlineButton.setOnAction(e -> vm.addHotline());
        timeoutSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(15, 3600, 120, 5));
        warningSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(5, 120, 20, 1));
        rotateSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(3, 600, 8, 1));
        timeoutSpinner.valueProperty().addListener((o, a, b) -> idleChanged());
        warningSpinner.valueProperty().addListener((o, a, b) -> idleChanged());
        rotateSpinner.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.setRotateSeconds(b);
            }
        });
        toneCheck.selectedProperty().addListener((o, a, b) -> {
            if (!updating) {
                vm.setWarningTone(b);
            }
        });
        textSizeChoice.getItems().setAll(Layout.TextSize.values());
        textSizeChoice.setConverter(converter(s -> Messages.get("design.textSize." + s.code())));
        textSizeChoice.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.setTextSize(b);
            }
        });
        themeChoice.getItems().setAll(Layout.Contrast.values());
        themeChoice.setConverter(converter(c -> Messages.get("design.theme." + c.code())));
        themeChoice.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.setTheme(b);
            }
        });
        attractTitle.setPromptText(vm.hallName());
        attractTitle.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                vm.setAttractTitle(b);
            }
        });
        noticesArea.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                vm.setNotices(b);
            }
        });
        for (Node n : List.of(attractTitle, noticesArea, newHotField)) {
            n.focusedProperty().addListener((o, a, focused) -> vm.seal());
        }
    }

    private void idleChanged() {
        if (!updating && timeoutSpinner.getValue() != null && warningSpinner.getValue() != null) {
            vm.setIdle(timeoutSpinner.getValue(), warningSpinner.getValue());
        }
    }

    // --- filling the form from the layout -------------------------------------------------------------

    private void refresh() {
        updating = true;
        try {
            Layout l = vm.layout().get();
            fillTileList(l);
            editor.fill(l);
            fillHotSearches(l);
            fillHotlines(l);
            timeoutSpinner.getValueFactory().setValue((int) l.idleTimeout().toSeconds());
            warningSpinner.getValueFactory().setValue((int) l.idleWarning().toSeconds());
            toneCheck.setSelected(l.warningTone());
            textSizeChoice.setValue(l.textSize());
            themeChoice.setValue(l.contrast());
            String title = l.attract().title() == null ? "" : l.attract().title();
            setIfDifferent(attractTitle, title, attractTitle.getText().strip().equals(title));
            String notices = String.join("\n", l.attract().notices());
            boolean same = noticesArea.getText().lines().map(String::strip).filter(s -> !s.isEmpty()).toList()
                    .equals(l.attract().notices());
            setIfDifferent(noticesArea, notices, same);
            rotateSpinner.getValueFactory().setValue((int) l.attract().rotate().toSeconds());
        } finally {
            updating = false;
        }
        refreshCounts();
    }

    /** Leaves a field being typed in alone when it already says what the layout holds (its spaces aside). */
    static void setIfDifferent(TextInputControl field, String text, boolean same) {
        if (!same) {
            field.setText(text);
        }
    }

    private void fillTileList(Layout l) {
        // rebuilt only when what the rows show changed, not on every count or check that lands
        List<Object> shows = List.of(l.tiles(), vm.selected().get(), vm.previewLook().get(), vm.columns().size(),
                vm.titles().size());
        if (shows.equals(tileListShows)) {
            return;
        }
        tileListShows = shows;
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < l.tiles().size(); i++) {
            rows.add(tileRow(i, l.tiles().get(i), l.tiles().size()));
        }
        tileList.getChildren().setAll(rows);
    }

    private HBox tileRow(int i, Layout.Tile t, int count) {
        Label handle = new Label("≡");
        handle.getStyleClass().add("drag-handle");
        Label label = new Label((i + 1) + ". " + t.label());
        label.setId("tileRowLabel-" + i);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label where = new Label(targetText(t.target()));
        where.getStyleClass().add("muted");
        where.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(where, Priority.ALWAYS);
        Rectangle swatch = new Rectangle(14, 14, Color.web(vm.palette().tile(t.color(), vm.previewLook().get())));
        Button up = small("▲", "tileUp-" + i, Messages.get("design.tiles.up"), () -> vm.moveTile(i, i - 1));
        up.setDisable(i == 0);
        Button down = small("▼", "tileDown-" + i, Messages.get("design.tiles.down"), () -> vm.moveTile(i, i + 1));
        down.setDisable(i == count - 1);
        Button remove = small("✕", "tileRemove-" + i, Messages.get("design.tiles.remove"), () -> vm.removeTile(i));
        remove.setDisable(count == 1);
        HBox row = new HBox(handle, swatch, Icons.icon(t.icon()), label, where, up, down, remove);
        row.setId("tileRow-" + i);
        row.getStyleClass().add("tile-row");
        if (i == vm.selected().get()) {
            row.getStyleClass().add("selected");
        }
        row.setOnMouseClicked(e -> vm.selected().set(i));
        // reorder by dragging a row onto another: the row under the pointer when the button is let go
        row.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragFrom = i);
        row.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> markDropTarget(rowAt(e.getSceneY())));
        row.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            int to = rowAt(e.getSceneY());
            markDropTarget(-1);
            if (dragFrom >= 0 && to >= 0 && to != dragFrom) {
                vm.moveTile(dragFrom, to);
            }
            dragFrom = -1;
        });
        return row;
    }

    /** The index of the tile row at a height in the scene, or -1 (above the first: 0; below the last: last). */
    private int rowAt(double sceneY) {
        List<Node> rows = tileList.getChildren();
        if (rows.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            var b = rows.get(i).localToScene(rows.get(i).getBoundsInLocal());
            if (sceneY < b.getMaxY()) {
                return i;
            }
        }
        return rows.size() - 1;
    }

    private void markDropTarget(int index) {
        for (int i = 0; i < tileList.getChildren().size(); i++) {
            Node row = tileList.getChildren().get(i);
            row.getStyleClass().remove("drop-target");
            if (i == index && index != dragFrom && dragFrom >= 0) {
                row.getStyleClass().add("drop-target");
            }
        }
    }

    private static Button small(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private String targetText(Layout.Target t) {
        if (t == null) {
            return "";
        }
        return switch (t.kind()) {
            case COLUMN -> Messages.get("design.target.toColumn", vm.columns().stream()
                    .filter(c -> c.id().equals(t.value())).map(Column::name).findFirst().orElse(t.value()));
            case ITEM -> Messages.get("design.target.toItem", vm.titles().getOrDefault(t.value(), t.value()));
            case SEARCH -> Messages.get("design.target.toSearch", t.value());
        };
    }

    private void fillHotSearches(Layout l) {
        List<String> hot = l.hotSearches();
        if (hotList.getChildren().size() != hot.size()) {
            List<Node> rows = new ArrayList<>();
            for (int i = 0; i < hot.size(); i++) {
                int at = i;
                TextField words = new TextField(hot.get(i));
                words.setId("hot-" + i);
                words.textProperty().addListener((o, a, b) -> {
                    if (!updating) {
                        vm.setHotSearch(at, b);
                    }
                });
                words.focusedProperty().addListener((o, a, f) -> vm.seal());
                Label count = new Label();
                count.setId("hotCount-" + i);
                Button remove = small("✕", "hotRemove-" + i, Messages.get("design.hotSearches.remove"),
                        () -> vm.removeHotSearch(at));
                HBox row = new HBox(8, words, count, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                rows.add(row);
            }
            hotList.getChildren().setAll(rows);
        }
        for (int i = 0; i < hot.size(); i++) {
            TextField words = (TextField) ((HBox) hotList.getChildren().get(i)).getChildren().get(0);
            setIfDifferent(words, hot.get(i), words.getText().strip().equals(hot.get(i)));
        }
    }

    private void fillHotlines(Layout l) {
        List<Layout.Hotline> lines = l.hotlines();
        if (hotlineList.getChildren().size() != lines.size()) {
            List<Node> rows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                int at = i;
                TextField label = new TextField();
                label.setId("hotlineLabel-" + i);
                TextField number = new TextField();
                number.setId("hotlineNumber-" + i);
                number.setPrefColumnCount(12);
                Runnable changed = () -> {
                    if (!updating) {
                        vm.setHotline(at, label.getText(), number.getText());
                    }
                };
                label.textProperty().addListener((o, a, b) -> changed.run());
                number.textProperty().addListener((o, a, b) -> changed.run());
                label.focusedProperty().addListener((o, a, f) -> vm.seal());
                number.focusedProperty().addListener((o, a, f) -> vm.seal());
                HBox.setHgrow(label, Priority.ALWAYS);
                Button remove = small("✕", "hotlineRemove-" + i, Messages.get("design.hotlines.remove"),
                        () -> vm.removeHotline(at));
                HBox row = new HBox(8, label, number, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                rows.add(row);
            }
            hotlineList.getChildren().setAll(rows);
        }
        for (int i = 0; i < lines.size(); i++) {
            HBox row = (HBox) hotlineList.getChildren().get(i);
            TextField label = (TextField) row.getChildren().get(0);
            TextField number = (TextField) row.getChildren().get(1);
            setIfDifferent(label, lines.get(i).label(), label.getText().strip().equals(lines.get(i).label()));
            setIfDifferent(number, lines.get(i).number(), number.getText().strip().equals(lines.get(i).number()));
        }
    }

    private void refreshCounts() {
        Layout l = vm.layout().get();
        for (int i = 0; i < l.hotSearches().size() && i < hotList.getChildren().size(); i++) {
            Label count = (Label) ((HBox) hotList.getChildren().get(i)).getChildren().get(1);
            showCount(count, vm.counts().get(l.hotSearches().get(i)));
        }
        editor.showCount();
    }

    static void showCount(Label label, Integer n) {
        label.setText(DesignViewModel.countText(n));
        label.getStyleClass().setAll("label", "count");
        if (Objects.equals(n, 0)) {
            label.getStyleClass().add("none");
        }
    }

    private void showProblems() {
        List<Node> lines = new ArrayList<>();
        if (vm.problems().isEmpty()) {
            Label ok = new Label(Messages.get("design.noProblems"));
            ok.getStyleClass().add("ok");
            lines.add(ok);
        }
        for (String p : vm.problems()) {
            Label l = new Label(p);
            l.setWrapText(true);
            l.getStyleClass().add("problem");
            lines.add(l);
        }
        problemList.getChildren().setAll(lines);
    }

    /** Stops the preview (its shell's timers and listeners). */
    public void dispose() {
        preview.dispose();
    }
}

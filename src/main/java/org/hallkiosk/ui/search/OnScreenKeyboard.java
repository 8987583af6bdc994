package org.hallkiosk.ui.search;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Icons;

/**
 * The search keyboard, in three modes chosen with one large key at its foot: 手写 (a pad where a finger
 * writes one character, candidates above it), 拼音 (letters, with candidate words and characters for the
 * pinyin typed), 数字 (digits, 年, 号 and the 〔〕 of document numbers). A space key in every mode. No system
 * keyboard, no input method.
 */
public final class OnScreenKeyboard extends VBox {

    private static final String[] LETTER_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final int COLUMNS = 10;

    private final KeyboardViewModel vm;
    private final StackPane body = new StackPane();
    private final HBox candidateRow = new HBox();
    private final HBox candidateButtons = new HBox();
    private final ScrollPane candidateScroll;
    private final ToggleGroup modeGroup = new ToggleGroup();

    public OnScreenKeyboard(KeyboardViewModel vm) {
        this.vm = vm;
        getStyleClass().add("keyboard");
        setId("keyboard");

        candidateButtons.setId("candidates");
        candidateButtons.getStyleClass().add("candidate-list");
        candidateButtons.setAlignment(Pos.CENTER_LEFT);
        candidateScroll = new ScrollPane(candidateButtons);
        candidateScroll.setFitToHeight(true);
        candidateScroll.setPannable(true);
        candidateScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        candidateScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        candidateScroll.getStyleClass().add("candidate-scroll");
        HBox.setHgrow(candidateScroll, Priority.ALWAYS);
        Label pending = new Label();
        pending.setId("pendingPinyin");
        pending.getStyleClass().add("pending-pinyin");
        pending.textProperty().bind(vm.pending());
        pending.setMinWidth(Region.USE_PREF_SIZE);
        pending.visibleProperty().bind(vm.pending().isNotEmpty()
                .and(vm.mode().isEqualTo(InputMode.PINYIN)));
        pending.managedProperty().bind(pending.visibleProperty());
        candidateRow.getChildren().addAll(pending, candidateScroll);
        candidateRow.getStyleClass().add("candidate-bar");
        candidateRow.setAlignment(Pos.CENTER_LEFT);
        vm.candidates().addListener((ListChangeListener<String>) c -> showCandidates());

        GridPane handwriting = handwritingKeys();
        GridPane letters = letterKeys();
        GridPane digits = digitKeys();
        GridPane foot = grid();
        foot.getStyleClass().add("keyboard-foot");
        foot.add(modeKey(), 0, 0, 6, 1);
        Button space = key(Messages.get("ui.keyboard.space"), "key-space");
        space.getStyleClass().add("secondary");
        space.setOnAction(e -> vm.space());
        foot.add(space, 6, 0, 4, 1);

        getChildren().addAll(candidateRow, body, foot);
        VBox.setVgrow(body, Priority.ALWAYS);
        Runnable showMode = () -> {
            InputMode m = vm.mode().get();
            body.getChildren().setAll(m == InputMode.HANDWRITING ? handwriting
                    : m == InputMode.PINYIN ? letters : digits);
            candidateRow.setVisible(m != InputMode.DIGITS);
            candidateRow.setManaged(m != InputMode.DIGITS);
            modeGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == m));
            showCandidates();
        };
        vm.mode().addListener((o, was, now) -> showMode.run());
        showMode.run();
    }

    /** Stops the view model: no answer still on its way changes the keyboard after the screen is left. */
    public void dispose() {
        vm.dispose();
    }

    private void showCandidates() {
        candidateButtons.getChildren().clear();
        List<String> all = vm.candidates();
        if (all.isEmpty()) {
            String hint = vm.mode().get() == InputMode.HANDWRITING ? "ui.keyboard.handwritingCandidatesHint"
                    : "ui.keyboard.pinyinHint";
            Label l = new Label(Messages.get(hint));
            l.setId("candidateHint");
            l.getStyleClass().add("muted");
            l.setMinWidth(Region.USE_PREF_SIZE);
            candidateButtons.getChildren().add(l);
        }
        for (int i = 0; i < all.size(); i++) {
            String text = all.get(i);
            Button b = new Button(text);
            b.setId("candidate-" + i);
            b.getStyleClass().add("candidate");
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setMaxHeight(Double.MAX_VALUE);
            b.setOnAction(e -> vm.pick(text));
            candidateButtons.getChildren().add(b);
        }
        candidateScroll.setHvalue(0);
    }

    /** The large mode key: one key in as many parts as modes, the current one lit. */
    private Node modeKey() {
        HBox box = new HBox();
        box.setId("modeKey");
        box.getStyleClass().add("mode-key");
        for (InputMode m : vm.modes()) {
            ToggleButton t = new ToggleButton(Messages.get("ui.keyboard.mode." + m.code()));
            t.setId("mode-" + m.code());
            t.setUserData(m);
            t.setToggleGroup(modeGroup);
            t.getStyleClass().add("mode");
            t.setFocusTraversable(false);
            t.setMinWidth(Region.USE_PREF_SIZE);
            t.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            HBox.setHgrow(t, Priority.ALWAYS);
            // a tap on the lit part keeps it lit: there is always a mode
            t.setOnAction(e -> {
                vm.choose(m);
                t.setSelected(vm.mode().get() == m);
            });
            box.getChildren().add(t);
        }
        // the ends of the key are rounded (JavaFX CSS has no :first-child)
        box.getChildren().get(0).getStyleClass().add("first");
        box.getChildren().get(box.getChildren().size() - 1).getStyleClass().add("last");
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return box;
    }

    private GridPane handwritingKeys() {
        GridPane g = grid();
        g.setId("handwritingKeys");
        HandwritingPad pad = new HandwritingPad(vm);
        g.add(pad, 0, 0, 8, 2);
        GridPane.setVgrow(pad, Priority.ALWAYS);
        Button rewrite = key(Messages.get("ui.keyboard.rewrite"), "key-rewrite");
        rewrite.getStyleClass().add("secondary");
        rewrite.setOnAction(e -> vm.rewrite());
        g.add(rewrite, 8, 0, 2, 1);
        g.add(backspace(), 8, 1, 2, 1);
        return growRows(g, 2);
    }

    private GridPane letterKeys() {
        GridPane g = grid();
        g.setId("letterKeys");
        for (int r = 0; r < LETTER_ROWS.length; r++) {
            String row = LETTER_ROWS[r];
            for (int c = 0; c < row.length(); c++) {
                String k = String.valueOf(row.charAt(c));
                Button key = key(k, "key-" + k);
                key.setOnAction(e -> vm.type(k));
                add(g, key, c, r, 1);
            }
        }
        add(g, backspace(), 7, 2, 3);
        return growRows(g, LETTER_ROWS.length);
    }

    private GridPane digitKeys() {
        GridPane g = grid();
        g.setId("digitKeys");
        String digits = "1234567890";
        for (int c = 0; c < digits.length(); c++) {
            String k = String.valueOf(digits.charAt(c));
            Button key = key(k, "key-" + k);
            key.setOnAction(e -> vm.type(k));
            add(g, key, c, 0, 1);
        }
        String[] signs = {"〔", "〕", "年", "号"};
        for (int i = 0; i < signs.length; i++) {
            String k = signs[i];
            Button key = key(k, "key-" + k);
            key.setOnAction(e -> vm.type(k));
            add(g, key, 2 * i, 1, 2);
        }
        add(g, backspace(), 8, 1, 2);
        return growRows(g, 2);
    }

    private Button backspace() {
        Button b = key(Messages.get("ui.keyboard.backspace"), "key-backspace");
        b.setGraphic(Icons.icon("backspace"));
        b.getStyleClass().add("secondary");
        b.setOnAction(e -> vm.backspace());
        return b;
    }

    private static void add(GridPane g, Node n, int column, int row, int span) {
        g.add(n, column, row, span, 1);
    }

    /** Rows that share the height the keyboard has beside the results on a wide screen. */
    private static GridPane growRows(GridPane g, int rows) {
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setFillHeight(true);
            g.getRowConstraints().add(rc);
        }
        return g;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("key-grid");
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / COLUMNS);
            cc.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().add(cc);
        }
        return g;
    }

    private static Button key(String label, String id) {
        Button b = new Button(label);
        b.getStyleClass().add("key");
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return b;
    }
}

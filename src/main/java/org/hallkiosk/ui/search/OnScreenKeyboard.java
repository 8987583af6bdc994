package org.hallkiosk.ui.search;

import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Icons;

/**
 * Keys for pinyin (full or initials), digits and the 〔〕 of document numbers such as 济退役军人发〔2024〕9号.
 * No system keyboard, no input method: the search turns letters into Chinese results.
 */
public final class OnScreenKeyboard extends GridPane {

    private static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl〔", "zxcvbnm〕"};
    private static final int COLUMNS = 10;

    public OnScreenKeyboard(SearchViewModel vm) {
        getStyleClass().add("keyboard");
        setId("keyboard");
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / COLUMNS);
            cc.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(cc);
        }
        for (int r = 0; r < ROWS.length; r++) {
            String row = ROWS[r];
            for (int c = 0; c < row.length(); c++) {
                String k = String.valueOf(row.charAt(c));
                Button key = key(k, "key-" + k);
                key.setOnAction(e -> vm.type(k));
                add(key, c, r);
            }
        }
        Button backspace = key(Messages.get("ui.keyboard.backspace"), "key-backspace");
        backspace.setGraphic(Icons.icon("backspace"));
        backspace.getStyleClass().add("secondary");
        backspace.setOnAction(e -> vm.backspace());
        add(backspace, 8, 3, 2, 1);
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

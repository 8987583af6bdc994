package org.hallkiosk.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.content.Validity;
import org.hallkiosk.i18n.Dates;
import org.hallkiosk.i18n.Messages;

/** The words and labels every screen shares: type names, validity, dates, wrapping labels. */
public final class Texts {

    private Texts() {
    }

    public static String type(ItemType type) {
        return Messages.get("type." + type.code());
    }

    public static String validity(Validity v) {
        return Messages.get("validity." + v.code());
    }

    public static String date(OffsetDateTime at) {
        return at == null ? "" : date(at.toLocalDate());
    }

    public static String date(LocalDate d) {
        return Dates.day(d);
    }

    /**
     * An attachment's name as a visitor reads it: "申请表.pdf" is "申请表" (the kind of file is shown beside it,
     * and a file extension is a computer's word, not the hall's).
     */
    public static String attachmentTitle(String name) {
        return name == null ? "" : name.replaceFirst("(?i)\\.(pdf|ofd|jpe?g|png|gif|webp|docx?|xlsx?|wps|txt|zip)$", "");
    }

    /** A label that wraps instead of cutting its text off with an ellipsis. */
    public static Label wrapping(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** A label that never shrinks below its text (short texts: tags, keys, numbers). */
    public static Label fixed(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** A two-column table of label and value, the label column as wide as its longest label. */
    public static GridPane factsTable(List<String[]> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("facts");
        ColumnConstraints key = new ColumnConstraints();
        key.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(key, value);
        int row = 0;
        for (String[] f : rows) {
            grid.add(fixed(f[0], "key"), 0, row);
            grid.add(wrapping(f[1]), 1, row);
            row++;
        }
        return grid;
    }
}

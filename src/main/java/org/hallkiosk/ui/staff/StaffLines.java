package org.hallkiosk.ui.staff;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Texts;

/** Fills a box of an FXML with one wrapping label per line of a view model's list, and keeps it so. */
final class StaffLines {

    private StaffLines() {
    }

    /** The lines of {@code source} in {@code box}; when there are none, 无 or (sayNothing false) nothing at all. */
    static void follow(Pane box, ObservableList<String> source, boolean sayNothing) {
        Runnable fill = () -> box.getChildren().setAll(source.isEmpty()
                ? (sayNothing ? List.of(Texts.wrapping(Messages.get("ui.staff.nothing"), "muted")) : List.of())
                : source.stream().map(s -> (Node) Texts.wrapping(s)).toList());
        fill.run();
        source.addListener((ListChangeListener<String>) c -> fill.run());
    }
}

package org.hallkiosk.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** One screen the navigator shows: its view, the title for the bar, and a hook for when it is discarded. */
public interface Screen {

    Node view();

    /** The title shown in the navigation bar. */
    ObservableValue<String> title();

    /** Called when the screen leaves the history for good (back past it, home, or the idle reset). */
    default void discard() {
    }
}

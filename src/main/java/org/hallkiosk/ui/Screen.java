package org.hallkiosk.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * One screen the navigator shows: its view, the title for the bar, and {@link #dispose()} for when it leaves
 * for good.
 */
public interface Screen {

    Node view();

    /** The title shown in the navigation bar. */
    ObservableValue<String> title();

    /**
     * Called once, on the FX thread, when the screen leaves the history for good (back past it, home, the idle
     * reset, or its shell being disposed): stops its timers and animations, lets go of files, and removes its
     * listeners from anything that outlives it. A screen still kept for 返回 is not disposed.
     */
    default void dispose() {
    }
}

package org.hallkiosk.ui.staff;

import javafx.scene.Node;

/** One tab of the staff panel: its view (from its FXML), and {@link #dispose()} when another tab is chosen. */
interface StaffTab {

    Node view();

    /** Stops what the tab started (a timer, a listener on something that outlives it). */
    default void dispose() {
    }
}

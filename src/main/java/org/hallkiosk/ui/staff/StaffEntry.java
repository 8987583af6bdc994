package org.hallkiosk.ui.staff;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.MouseEvent;

/**
 * The hidden staff entry: holding a finger on the hall's name (any node with style class {@code hall}) for
 * the configured time opens the PIN pad. Nothing shows while pressing, so visitors meet no hint of it; a
 * shorter press is an ordinary tap.
 */
public final class StaffEntry {

    public static final String STYLE_CLASS = "hall";
    /** The top bar's title carries this while it shows the hall's name (on the home screen). */
    public static final String BAR_STYLE_CLASS = "staff-entry";

    private final PauseTransition hold;
    private boolean opened;

    private StaffEntry(Parent shell, Duration longPress, Runnable open) {
        hold = new PauseTransition(javafx.util.Duration.millis(longPress.toMillis()));
        hold.setOnFinished(e -> {
            opened = true;
            open.run();
        });
        shell.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            opened = false;
            if (onHallName(e.getTarget())) {
                hold.playFromStart();
            }
        });
        shell.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!onHallName(e.getPickResult().getIntersectedNode())) {
                hold.stop();
            }
        });
        shell.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            hold.stop();
            if (opened) {
                e.consume(); // the finger that opened the pad does not also tap what is now under it
            }
        });
        shell.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (opened) {
                e.consume();
            }
        });
    }

    /** Listens on {@code shell} for long presses on the hall's name. */
    public static StaffEntry install(Parent shell, Duration longPress, Runnable open) {
        return new StaffEntry(shell, longPress, open);
    }

    /** Stops a long press in progress: its timer would otherwise keep the shell alive. */
    public void dispose() {
        hold.stop();
    }

    private static boolean onHallName(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(STYLE_CLASS) || n.getStyleClass().contains(BAR_STYLE_CLASS)) {
                return true;
            }
        }
        return false;
    }
}

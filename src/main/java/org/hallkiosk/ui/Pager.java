package org.hallkiosk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hallkiosk.i18n.Messages;

/**
 * 上一屏 / 下一屏 under a long page: a visitor who cannot or does not want to drag pages by a screen, with
 * buttons as large as every other target. The bar shows only while the page is taller than its window.
 */
public final class Pager {

    /** How much of a screen a page turn moves, so that the last lines stay in view as a thread to follow. */
    private static final double TURN = 0.85;

    private Pager() {
    }

    /** The scroll pane with the page buttons under it. */
    public static BorderPane around(ScrollPane scroll) {
        Button previous = button(Messages.get("ui.page.previous"), "previous", "previousScreen", scroll, -1);
        Button next = button(Messages.get("ui.page.next"), "next", "nextScreen", scroll, 1);
        next.setContentDisplay(ContentDisplay.RIGHT);
        HBox bar = new HBox(previous, next);
        bar.getStyleClass().add("pager");
        bar.setId("pager");
        bar.setAlignment(Pos.CENTER);
        BooleanBinding longPage = Bindings.createBooleanBinding(
                () -> scroll.getContent() != null
                        && scroll.getContent().getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight() + 1,
                scroll.viewportBoundsProperty(), scroll.getContent().layoutBoundsProperty());
        bar.visibleProperty().bind(longPage);
        bar.managedProperty().bind(longPage);
        previous.disableProperty().bind(scroll.vvalueProperty().lessThanOrEqualTo(0.0));
        next.disableProperty().bind(scroll.vvalueProperty().greaterThanOrEqualTo(1.0));
        BorderPane pane = new BorderPane(scroll);
        pane.setBottom(bar);
        return pane;
    }

    private static Button button(String text, String icon, String id, ScrollPane scroll, int direction) {
        Button b = new Button(text, Icons.icon(icon));
        b.setId(id);
        b.getStyleClass().add("secondary");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
        b.setOnAction(e -> turn(scroll, direction));
        return b;
    }

    /** Scrolls by most of a viewport's height, up ({@code -1}) or down ({@code 1}). */
    static void turn(ScrollPane scroll, int direction) {
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content > view) {
            double step = TURN * view / (content - view);
            scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + direction * step)));
        }
    }
}

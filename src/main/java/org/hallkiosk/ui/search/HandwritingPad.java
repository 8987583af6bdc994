package org.hallkiosk.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.input.Ink;
import org.hallkiosk.ui.Texts;

/**
 * The 手写 pad: a square-ruled box where a finger writes one character. Each stroke is drawn as the finger
 * moves and handed to the keyboard's view model when it lifts; what is drawn afterwards is the view model's
 * ink, so 重写 and a chosen candidate clear it. Touch arrives as the mouse events JavaFX makes of it.
 */
final class HandwritingPad extends StackPane {

    /** Points closer than this to the last one, in pixels, add nothing to a stroke's shape. */
    private static final double MIN_STEP = 1.5;

    private final KeyboardViewModel vm;
    private final Pane ink = new Pane();
    private final Polyline live = new Polyline();
    private List<Ink.Point> points = new ArrayList<>();

    HandwritingPad(KeyboardViewModel vm) {
        this.vm = vm;
        setId("handwritingPad");
        getStyleClass().add("handwriting-pad");
        Label hint = Texts.wrapping(Messages.get("ui.keyboard.writeHint"), "pad-hint");
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.ink().get().isEmpty() && points.isEmpty(), vm.ink(), live.getPoints()));
        Pane guides = new Pane(guide(true), guide(false));
        guides.setMouseTransparent(true);
        live.getStyleClass().add("ink");
        ink.getChildren().add(live);
        ink.setMouseTransparent(true);
        // Lines and ink draw in the pad's own coordinates and take no part in its size.
        guides.setManaged(false);
        ink.setManaged(false);
        getChildren().addAll(guides, hint, ink);
        setPickOnBounds(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);

        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            points = new ArrayList<>();
            live.getPoints().clear();
            add(e);
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            add(e);
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            add(e);
            List<Ink.Point> stroke = List.copyOf(points);
            points = new ArrayList<>();
            live.getPoints().clear();
            vm.stroke(stroke, getWidth(), getHeight());
            e.consume();
        });
        vm.ink().addListener((o, was, now) -> draw(now));
    }

    private void add(MouseEvent e) {
        double x = Math.max(0, Math.min(getWidth(), e.getX()));
        double y = Math.max(0, Math.min(getHeight(), e.getY()));
        if (!points.isEmpty()) {
            Ink.Point last = points.get(points.size() - 1);
            if (Math.hypot(last.x() - x, last.y() - y) < MIN_STEP) {
                return;
            }
        }
        points.add(new Ink.Point(x, y));
        live.getPoints().addAll(x, y);
    }

    /** The strokes handed over so far, in the pad's coordinates (the pad keeps its size while written on). */
    private void draw(Ink written) {
        ink.getChildren().setAll(live);
        for (List<Ink.Point> stroke : written.strokes()) {
            Polyline line = new Polyline();
            line.getStyleClass().add("ink");
            for (Ink.Point p : stroke) {
                line.getPoints().addAll(p.x(), p.y());
            }
            if (stroke.size() == 1) {
                line.getPoints().addAll(stroke.get(0).x() + 0.5, stroke.get(0).y()); // a dot shows as a dot
            }
            ink.getChildren().add(line);
        }
    }

    /** A dashed centre line across the pad (田字格), so a character is written centred and whole. */
    private Line guide(boolean horizontal) {
        Line line = new Line();
        line.getStyleClass().add("pad-guide");
        if (horizontal) {
            line.endXProperty().bind(widthProperty());
            line.startYProperty().bind(heightProperty().divide(2));
            line.endYProperty().bind(heightProperty().divide(2));
        } else {
            line.endYProperty().bind(heightProperty());
            line.startXProperty().bind(widthProperty().divide(2));
            line.endXProperty().bind(widthProperty().divide(2));
        }
        return line;
    }
}

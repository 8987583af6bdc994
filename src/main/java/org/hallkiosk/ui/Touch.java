package org.hallkiosk.ui;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.SwipeEvent;

/** Touch behaviour the stock controls lack: kinetic scrolling after a flick, and swipes between pages. */
public final class Touch {

    /** How far a drag must travel sideways, in pixels, to count as a swipe. */
    private static final double SWIPE_DISTANCE = 120;

    private Touch() {
    }

    /** A scroll pane that follows the finger and keeps gliding after a flick, slowing down. */
    public static ScrollPane kinetic(ScrollPane pane) {
        pane.setPannable(true);
        pane.setFitToWidth(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        double[] last = new double[2]; // y, time in ns
        double[] velocity = new double[1]; // pixels per second
        AnimationTimer glide = new AnimationTimer() {
            private long previous;

            @Override
            public void start() {
                previous = 0;
                super.start();
            }

            @Override
            public void handle(long now) {
                if (previous != 0) {
                    double dt = (now - previous) / 1e9;
                    double content = pane.getContent().getBoundsInLocal().getHeight()
                            - pane.getViewportBounds().getHeight();
                    if (content > 0) {
                        double v = pane.getVvalue() - velocity[0] * dt / content;
                        pane.setVvalue(Math.max(0, Math.min(1, v)));
                    }
                    velocity[0] *= Math.pow(0.05, dt); // loses 95% of its speed each second
                    if (Math.abs(velocity[0]) < 20) {
                        stop();
                    }
                }
                previous = now;
            }
        };
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            glide.stop();
            velocity[0] = 0;
            last[0] = e.getSceneY();
            last[1] = System.nanoTime();
        });
        pane.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            long now = System.nanoTime();
            double dt = (now - last[1]) / 1e9;
            if (dt > 0) {
                velocity[0] = 0.7 * velocity[0] + 0.3 * (e.getSceneY() - last[0]) / dt;
            }
            last[0] = e.getSceneY();
            last[1] = now;
        });
        pane.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            boolean recent = System.nanoTime() - last[1] < 100_000_000L;
            if (recent && Math.abs(velocity[0]) > 200) {
                glide.start();
            }
        });
        return pane;
    }

    /** Calls {@code next} or {@code previous} when the visitor swipes left or right across {@code node}. */
    public static void swipePages(Node node, Runnable next, Runnable previous) {
        node.addEventHandler(SwipeEvent.SWIPE_LEFT, e -> next.run());
        node.addEventHandler(SwipeEvent.SWIPE_RIGHT, e -> previous.run());
        double[] start = new double[2];
        node.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            start[0] = e.getSceneX();
            start[1] = e.getSceneY();
        });
        node.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            double dx = e.getSceneX() - start[0];
            double dy = e.getSceneY() - start[1];
            if (Math.abs(dx) > SWIPE_DISTANCE && Math.abs(dx) > 2 * Math.abs(dy) && !e.isSynthesized()) {
                if (dx < 0) {
                    next.run();
                } else {
                    previous.run();
                }
            }
        });
    }
}

package org.hallkiosk.ui;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Runs work once a node has been shown: after the first pulse that laid it out in a scene, and a moment more,
 * so that the renderer paints that frame before the work (loading dictionaries, the handwriting model) competes
 * with it for the kiosk's two cores. What is deferred this way must load by itself when first used earlier.
 * Made and cancelled on the FX thread; {@link #cancel} stops the wait (a shell replaced before it showed).
 */
public final class FirstPaint {

    /** How long after the first laid-out pulse the work starts: one frame painted, with room to spare. */
    public static final Duration SETTLE = Duration.millis(800);


    private final Node node;
    private final Runnable then;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final ChangeListener<Scene> sceneListener = (o, was, now) -> watch(now);
    private Scene watched;
    private Runnable pulseListener;
    private boolean done;

    private FirstPaint(Node node, Runnable then) {
        this(node, then, false);
    }

    private FirstPaint(Node node, Runnable then, boolean alreadyRan) {
        this.done = alreadyRan;
        this.node = node;
        this.then = then;
        settle.setOnFinished(e -> {
            if (!done) {
                done = true;
                StartPhase.end();
                stopWatching();
                then.run();
            }
        });
    }

    /** Runs {@code then} on the FX thread once {@code node} was laid out in a scene, and {@link #SETTLE} later. */
    public static FirstPaint after(Node node, Runnable then) {
        FirstPaint p = new FirstPaint(node, then);
        node.sceneProperty().addListener(p.sceneListener);
        p.watch(node.getScene());
        return p;
    }

    /** The kiosk app's start has begun: {@link #afterStart} waits for the first paint until it is over. */
    public static void kioskStarting() {
        StartPhase.begin();
    }

    /**
     * Runs {@code then} as {@link #after} does while the kiosk is starting (see {@link #kioskStarting}: its
     * first screen is not yet painted), else at once. For what a screen shown many times does after it is built
     * (home's check for tiles that lead nowhere): only the kiosk's first paint waits for it, and a screenshot or
     * preview, which waits for the screen's background work, gets it as before.
     */
    public static FirstPaint afterStart(Node node, Runnable then) {
        if (!StartPhase.starting()) {
            then.run();
            return new FirstPaint(node, then, true); // nothing left to wait for: it ran
        }
        return after(node, then);
    }

    /** Whether the kiosk is starting (see {@link #kioskStarting}). */
    static boolean starting() {
        return StartPhase.starting();
    }

    /** Nothing runs after this; calling it again, or after the work ran, does nothing. */
    public void cancel() {
        done = true;
        settle.stop();
        stopWatching();
    }

    private void watch(Scene scene) {
        stopWatching();
        if (scene == null || done) {
            return;
        }
        watched = scene;
        pulseListener = () -> {
            if (node.getScene() == scene && !(node instanceof Parent p && p.isNeedsLayout())
                    && settle.getStatus() != Animation.Status.RUNNING && !done) {
                // The scene goes through its pulse listeners in a plain list: leave it after this pulse.
                Platform.runLater(this::stopWatching);
                settle.playFromStart();
            }
        };
        scene.addPostLayoutPulseListener(pulseListener);
        Platform.requestNextPulse();
    }

    private void stopWatching() {
        if (watched != null) {
            watched.removePostLayoutPulseListener(pulseListener);
            watched = null;
        }
        if (done) {
            node.sceneProperty().removeListener(sceneListener);
        }
    }
}

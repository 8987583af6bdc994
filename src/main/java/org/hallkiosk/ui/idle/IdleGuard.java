package org.hallkiosk.ui.idle;

import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.util.Duration;

/**
 * Watches for a visitor who has walked away. After {@code timeout} without a touch it raises the warning
 * with a countdown; {@link #continueUsing()} dismisses it; when the countdown ends, {@code onReset} runs.
 * Nothing changes on its own before the warning: the screen never resets under a reader's eyes.
 */
public final class IdleGuard {

    private final Duration warning;
    private final Runnable onReset;
    private final PauseTransition idle;
    private final Timeline countdown;
    private final BooleanProperty warningShown = new SimpleBooleanProperty();
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private final BooleanProperty armed = new SimpleBooleanProperty();
    private boolean disposed;

    public IdleGuard(java.time.Duration timeout, java.time.Duration warning, Runnable onReset) {
        this.warning = Duration.millis(warning.toMillis());
        this.onReset = onReset;
        this.idle = new PauseTransition(Duration.millis(timeout.toMillis()));
        idle.setOnFinished(e -> showWarning());
        this.countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        countdown.setCycleCount(Timeline.INDEFINITE);
    }

    public ReadOnlyBooleanProperty warningShown() {
        return warningShown;
    }

    public ReadOnlyIntegerProperty secondsLeft() {
        return secondsLeft;
    }

    /** Starts watching (a visit began) or stops (the attract screen shows; there is nobody to warn). */
    public void setArmed(boolean on) {
        if (disposed) {
            return;
        }
        armed.set(on);
        stopAll();
        if (on) {
            idle.playFromStart();
        }
    }

    /** Any touch, click, key or scroll: the visitor is still there. */
    public void activity() {
        if (armed.get() && !warningShown.get()) {
            idle.playFromStart();
        }
    }

    /** The 继续使用 button: hide the warning and start the idle time again. */
    public void continueUsing() {
        if (!armed.get()) {
            return;
        }
        stopAll();
        idle.playFromStart();
    }

    /** Raises the warning now (also used to render it for the screenshots). */
    public void showWarning() {
        if (disposed) {
            return;
        }
        idle.stop();
        secondsLeft.set((int) Math.max(1, Math.round(warning.toSeconds())));
        warningShown.set(true);
        countdown.stop();
        // The last second may be shorter than a second when the warning time is not whole seconds (tests).
        countdown.getKeyFrames().setAll(new KeyFrame(Duration.millis(warning.toMillis() / secondsLeft.get()),
                e -> tick()));
        countdown.playFromStart();
    }

    /**
     * Stops both timers for good (the shell is going away): a running animation is held by the toolkit's
     * pulse, so an undisposed guard keeps its shell alive and resets a navigator nobody looks at.
     */
    public void dispose() {
        disposed = true;
        armed.set(false);
        stopAll();
    }

    private void tick() {
        if (disposed) {
            return;
        }
        secondsLeft.set(secondsLeft.get() - 1);
        if (secondsLeft.get() <= 0) {
            stopAll();
            armed.set(false);
            onReset.run();
        }
    }

    private void stopAll() {
        idle.stop();
        countdown.stop();
        warningShown.set(false);
    }
}

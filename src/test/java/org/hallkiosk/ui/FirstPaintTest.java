package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start's deferred work runs once its node was laid out in a shown scene, and not at all once cancelled. */
@ExtendWith(ApplicationExtension.class)
class FirstPaintTest {

    private VBox root;

    @Start
    void start(Stage stage) {
        root = new VBox();
        stage.setScene(new Scene(root, 400, 200));
        stage.show();
    }

    @Test
    void runsAfterTheNodeWasLaidOutAndNotOnceCancelled() {
        Label shown = new Label("首页");
        Label cancelled = new Label("待机");
        AtomicReference<String> seenWhenRun = new AtomicReference<>();
        AtomicBoolean cancelledRan = new AtomicBoolean();
        FxWait.onFx(() -> {
            FirstPaint.after(shown, () -> seenWhenRun.set(shown.getScene() == null ? "no scene"
                    : "width " + (shown.getWidth() > 0)));
            FirstPaint.after(cancelled, () -> cancelledRan.set(true)).cancel();
            assertThat(seenWhenRun.get()).as("nothing runs before the node is in a scene").isNull();
            root.getChildren().addAll(shown, cancelled); // both laid out in the same pulse
            return null;
        });
        FxWait.until("the work after the first paint", () -> seenWhenRun.get() != null);
        FxWait.onFx(() -> null); // the pulse that ran it is over: a second one would have run in it too
        assertThat(seenWhenRun.get()).isEqualTo("width true");
        assertThat(cancelledRan.get()).as("cancelled before its node showed").isFalse();
    }

    @Test
    void whileTheKioskStartsWorkForAScreenWaitsForItsFirstPaintAndAfterwardsRunsAtOnce() {
        AtomicBoolean ranWithoutStart = new AtomicBoolean();
        FxWait.onFx(() -> FirstPaint.afterStart(new Label("预览"), () -> ranWithoutStart.set(true)));
        assertThat(ranWithoutStart.get()).as("no kiosk starting (a tool, a preview): at once").isTrue();

        Label home = new Label("首页");
        AtomicBoolean ran = new AtomicBoolean();
        FxWait.onFx(() -> {
            FirstPaint.kioskStarting();
            FirstPaint.afterStart(home, () -> ran.set(true));
            return null;
        });
        assertThat(ran.get()).as("the kiosk is starting: not before its node is painted").isFalse();
        FxWait.onFx(() -> root.getChildren().add(home));
        FxWait.until("the work after the first paint", ran::get);
        assertThat(FxWait.onFx(FirstPaint::starting)).as("the start is over").isFalse();
        AtomicBoolean next = new AtomicBoolean();
        FxWait.onFx(() -> FirstPaint.afterStart(new Label("搜索"), () -> next.set(true)));
        assertThat(next.get()).isTrue();
    }
}

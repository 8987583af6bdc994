package org.hallkiosk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for the screens in TestFX tests: conditions are read on the FX thread, where the scene lives. */
final class FxWait {

    private FxWait() {
    }

    /** Waits (up to 15 s) until {@code condition}, read on the FX thread, holds. */
    static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Scrolls the enclosing scroll pane so that {@code node} is in view, as a visitor's finger would. */
    static void reveal(Node node) {
        onFx(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp) {
                    double contentHeight = sp.getContent().getBoundsInLocal().getHeight();
                    double view = sp.getViewportBounds().getHeight();
                    double y = sp.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    if (contentHeight > view) {
                        sp.setVvalue(Math.min(1, Math.max(0, (y - 20) / (contentHeight - view))));
                    }
                    sp.layout();
                    break;
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}

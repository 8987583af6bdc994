package org.hallkiosk.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hallkiosk.cli.HallKioskCommand;

/**
 * Run in a fresh JVM by {@link StartupBenchmark}: starts the kiosk (or a bare JavaFX window) and prints the
 * wall-clock time (epoch milliseconds) of the first pulse at which the wanted screen is in a showing window,
 * laid out with a size, and so takes input. Then exits. Whoever started the process subtracts the time at which
 * it did: the benchmark, or by hand {@code t0=$(date +%s%3N)}. Not {@code ProcessHandle}'s start instant: on
 * Linux that is the kernel's boot time in whole seconds plus the process's start, so it comes out early by the
 * boot time's fraction of a second (0.96 s on the machine where this was found), the same for every start,
 * which shrank every ratio to the bare window.
 * The kiosk starts through the jar's command line, as org.hallkiosk.Launcher starts it.
 * Usage: StartupProbe kiosk NODE_ID | StartupProbe bare
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** The baseline: a window with one label, launched the same way as the kiosk. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            Label label = new Label("退役军人服务大厅"); // Chinese, as the kiosk: the CJK font loads in both
            label.setId("bare");
            stage.setScene(new Scene(new StackPane(label), 1280, 800));
            stage.show();
        }
    }

    public static void main(String[] args) {
        boolean kiosk = args[0].equals("kiosk");
        String id = kiosk ? args[1] : "bare";
        Thread watcher = new Thread(() -> watch("#" + id), "startup-probe");
        watcher.setDaemon(true);
        watcher.start();
        if (kiosk) {
            HallKioskCommand.execute(new String[] {"run"}); // as the jar's Launcher starts it
        } else {
            Application.launch(Bare.class);
        }
    }

    /** Waits for the toolkit, then checks every pulse for the wanted node. */
    private static void watch(String selector) {
        while (true) {
            try {
                Platform.runLater(() -> new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        for (Window w : Window.getWindows()) {
                            Node n = w.isShowing() && w.getScene() != null ? w.getScene().lookup(selector) : null;
                            if (n != null && n.getScene() != null && n.getLayoutBounds().getWidth() > 0
                                    && !w.getScene().getRoot().isNeedsLayout()) {
                                stop();
                                System.out.println("shown-at-epoch-ms " + System.currentTimeMillis());
                                System.out.flush();
                                Runtime.getRuntime().halt(0); // not exit: the kiosk must not record a clean stop
                            }
                        }
                    }
                }.start());
                return;
            } catch (IllegalStateException toolkitNotStartedYet) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}

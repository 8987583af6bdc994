package org.hallkiosk.bench;

import java.time.Duration;
import java.time.Instant;
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
 * time from the process start to the first pulse at which the wanted screen is in a showing window, laid
 * out with a size, and so takes input. Then exits.
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
        Instant processStart = ProcessHandle.current().info().startInstant().orElseThrow();
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
                                System.out.println("shown-ms " + Duration.between(processStart, Instant.now())
                                        .toMillis());
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

package org.hallkiosk.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.sync.SyncScheduler;

/**
 * The kiosk window: full screen, undecorated, and no key that leaves it (only the staff path will).
 * For development, {@code -Dhallkiosk.windowed=true} opens a normal 1280×800 window instead;
 * {@code -Dhallkiosk.config=DIR} reads another config folder.
 */
public final class KioskApp extends Application {

    public static final String WINDOWED = "hallkiosk.windowed";
    public static final String CONFIG = "hallkiosk.config";

    private UiTaskExecutor tasks;
    private KioskStartup startup;
    private SyncScheduler scheduler;

    public static void launchKiosk(String[] args) {
        Application.launch(KioskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        boolean windowed = Boolean.getBoolean(WINDOWED);
        StackPane root = new StackPane(new Label("…"));
        Scene scene = new Scene(root, 1280, 800);
        root.getStylesheets().add(DisplayMode.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle("Hall Kiosk");
        if (!windowed) {
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            stage.setOnCloseRequest(e -> e.consume()); // Alt+F4 does not end a visit either
        }
        stage.show();

        tasks = UiTaskExecutor.forFx();
        Path configDir = Path.of(System.getProperty(CONFIG, "kiosk-config"));
        tasks.run(() -> {
            KioskStartup s = KioskStartup.open(configDir, null);
            if (s.syncs()) {
                SyncScheduler sched = new SyncScheduler(s.config().syncInterval(), s.config().syncJitter(),
                        SyncScheduler.reporting(s.sync(), report -> { }));
                sched.start();
                scheduler = sched;
            }
            return s;
        }, s -> {
            startup = s;
            KioskShell shell = new KioskShell(s.config().hallName(), s.layout().layout(), s.mirror(), tasks,
                    s.problems(), KioskAids.forSetting(s.config().readAloud()));
            scene.setRoot(shell);
            shell.applyTheme(shell);
        }, error -> ((Label) root.getChildren().get(0)).setText(String.valueOf(error.getMessage())));
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (startup != null) {
            startup.mirror().close();
        }
    }
}

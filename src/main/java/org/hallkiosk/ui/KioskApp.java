package org.hallkiosk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.RunHistory;
import org.hallkiosk.mirror.UsageStats;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.sync.SyncScheduler;
import org.hallkiosk.ui.staff.LiveConfig;
import org.hallkiosk.ui.staff.StaffTools;

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
    private LiveConfig liveConfig;
    private Timeline retention;
    /** Chosen once: the speech engine is checked at start (docs/readme/aids.md), reloads keep it. */
    private KioskAids aids;

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
            aids = KioskAids.forSetting(s.config().readAloud());
            List<ConfigProblem> problems = new ArrayList<>(s.problems());
            StaffTools staff = staffTools(s.config(), problems);
            KioskShell shell = new KioskShell(s.config().hallName(), s.layout().layout(), s.mirror(), tasks,
                    problems, aids);
            shell.enableStaff(staff);
            scene.setRoot(shell);
            shell.applyTheme(shell);
            forgetOldUsage(staff);
            watchConfig(configDir, scene, s);
        }, error -> ((Label) root.getChildren().get(0)).setText(String.valueOf(error.getMessage())));
    }

    private StaffTools staffTools(KioskConfig config, List<ConfigProblem> problems) {
        return StaffTools.forKiosk(config, startup.sync(), this::leaveKiosk, problems);
    }

    /** Only from the staff panel: a clean stop is recorded, then the kiosk gives the desktop back. */
    private void leaveKiosk() {
        tasks.run(() -> {
            new RunHistory(startup.config().dataDir()).recordStop(Instant.now());
            return null;
        }, r -> Platform.exit(), e -> Platform.exit());
    }

    /** Usage rows older than the retention go at start and then daily. */
    private void forgetOldUsage(StaffTools staff) {
        Runnable forget = () -> tasks.runQuietly(() -> new UsageStats(startup.mirror())
                .deleteOlderThan(Instant.now().minus(staff.settings().usageRetention())));
        forget.run();
        retention = new Timeline(new KeyFrame(javafx.util.Duration.hours(24), e -> forget.run()));
        retention.setCycleCount(Timeline.INDEFINITE);
        retention.play();
    }

    /** Hot reload: a valid edit of the folder gets a new shell; an invalid one is refused and shown to staff. */
    private void watchConfig(Path configDir, Scene scene, KioskStartup s) {
        if (s.config().configDir() == null || !Files.isDirectory(configDir)) {
            return;
        }
        try {
            liveConfig = new LiveConfig(configDir, scene, loaded -> {
                List<ConfigProblem> problems = new ArrayList<>();
                KioskShell shell = new KioskShell(loaded.config().hallName(), loaded.layout(), s.mirror(), tasks,
                        problems, aids);
                shell.enableStaff(staffTools(loaded.config(), problems));
                shell.applyTheme(shell);
                return shell;
            }, LiveConfig.SETTLE);
        } catch (IOException e) {
            System.err.println("config folder not watched: " + e);
        }
    }

    @Override
    public void stop() {
        if (retention != null) {
            retention.stop();
        }
        if (liveConfig != null) {
            try {
                liveConfig.close();
            } catch (IOException e) {
                // stopping anyway
            }
        }
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

package org.hallkiosk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.config.StaffSettings;
import org.hallkiosk.config.UncaughtLogging;
import org.hallkiosk.fleet.KioskReport;
import org.hallkiosk.fleet.KioskReporting;
import org.hallkiosk.fleet.ReportBuilder;
import org.hallkiosk.input.ZinniaRecognizer;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.mirror.UsageStats;
import org.hallkiosk.sync.ScheduledSync;
import org.hallkiosk.ui.staff.LiveConfig;
import org.hallkiosk.ui.staff.StaffTools;

/**
 * The kiosk window: full screen, undecorated, and no key that leaves it (only the staff panel does).
 * For development, {@code -Dhallkiosk.windowed=true} opens a normal 1280×800 window instead;
 * {@code -Dhallkiosk.config=DIR} reads another config folder. Where the hall's folders are: {@link KioskHome};
 * how a start after a crash goes: {@link KioskLaunch}.
 */
public final class KioskApp extends Application {

    public static final String WINDOWED = "hallkiosk.windowed";
    public static final String CONFIG = KioskHome.CONFIG_PROPERTY;
    /** The window's size as WIDTHxHEIGHT when windowed (the run command's --size); 1280x800 otherwise. */
    public static final String SIZE = "hallkiosk.size";

    /**
     * The packaging's training run for the class-data archive (packaging/build-dist.sh): the first screen, then
     * home, each painted, then a clean exit, so that the archive holds every class a start loads.
     */
    public static final String CDS_TRAINING = "hallkiosk.cdsTraining";

    private static final Logger LOG = Logger.getLogger(KioskApp.class.getName());

    private UiTaskExecutor tasks;
    private Scene scene;
    private KioskStartup startup;
    private volatile ScheduledSync scheduledSync; // set by the prepare thread, closed on the FX thread
    private volatile LiveConfig liveConfig;
    private AutoCloseable layoutAfterSync;
    /** The fleet report (report.url), replaced on a config edit; touched on the FX thread only. */
    private KioskReporting reporting;
    private Timeline retention;
    /** The start's deferred work (usage retention, search warm-up): cancelled when the kiosk stops first. */
    private FirstPaint afterFirstPaint;
    /** Chosen once: the speech engine is checked at start (docs/readme/aids.md), reloads keep it. */
    private KioskAids aids;
    /** The shells of this kiosk, at start and on each hot reload; set once the start is prepared. */
    private ShellBuilder shells;
    private volatile KioskLaunch launch;
    private static volatile CompletableFuture<KioskLaunch> preparing;
    private final AtomicBoolean stopRecorded = new AtomicBoolean();

    public static void launchKiosk(String[] args) {
        UncaughtLogging.install();
        preparing = prepareInBackground(); // overlaps the JavaFX toolkit's own start
        try {
            Application.launch(KioskApp.class, args);
        } catch (RuntimeException | LinkageError toolkitDidNotStart) {
            // No window was ever shown, so this start is no crash: record its stop, or three such starts
            // would count as a crash loop and pause the kiosk once the display is back.
            try {
                preparing.join().recordStop(Instant.now());
            } catch (RuntimeException prepareFailed) {
                LOG.log(Level.WARNING, "start preparation failed too", prepareFailed);
            }
            throw toolkitDidNotStart;
        }
    }

    /** The toolkit is up: the theme's font opens now, beside the start's disk work (see {@link ThemeFont}). */
    @Override
    public void init() {
        FirstPaint.kioskStarting(); // home's background checks wait for the first paint (see HomeView)
        ThemeFont.loadInBackground();
    }

    @Override
    public void start(Stage stage) {
        boolean windowed = Boolean.getBoolean(WINDOWED);
        // The window shows at once and empty: nothing on it needs the theme's stylesheet and CJK font before the
        // first screen is built, so its first frame does not wait for the font (docs/readme/ops.md).
        StackPane root = new StackPane(new Label());
        // Full-screen size from the start: a kiosk session without a window manager ignores setFullScreen.
        Rectangle2D screen = Screen.getPrimary().getBounds();
        int[] size = windowSize(System.getProperty(SIZE));
        Scene scene = windowed ? new Scene(root, size[0], size[1])
                : new Scene(root, screen.getWidth(), screen.getHeight());
        this.scene = scene;
        stage.setScene(scene);
        stage.setTitle("Hall Kiosk");
        if (!windowed) {
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            stage.setOnCloseRequest(e -> e.consume()); // Alt+F4 does not end a visit either
        }
        stage.show();

        tasks = UiTaskExecutor.forFx();
        Thread.currentThread().setUncaughtExceptionHandler(UncaughtLogging::log);
        CompletableFuture<KioskLaunch> prepared = preparing != null ? preparing : prepareInBackground();
        prepared.whenComplete((l, error) -> {
            if (l != null) {
                launch = l;
                // SIGTERM (systemctl stop, an orderly shutdown) is a clean stop too; kill -9 and crashes are not.
                Runtime.getRuntime().addShutdownHook(new Thread(this::recordStop, "record-stop"));
                startSyncSchedule(l.startup());
            }
            Platform.runLater(() -> {
                if (l == null) {
                    showError(root, error);
                    return;
                }
                startup = l.startup();
                if (startup == null) {
                    scene.setRoot(l.firstScreen(tasks)); // 暂停服务: nothing else starts
                    return;
                }
                aids = KioskAids.forSetting(startup.config().readAloud());
                shells = new ShellBuilder(startup.mirror(), tasks, aids, startup.sync(), this::leaveKiosk);
                List<ConfigProblem> problems = new ArrayList<>(startup.problems());
                // staff.yaml is disk: read it off the FX thread, then build the first screen.
                tasks.run(() -> StaffTools.readSettings(startup.config(), problems), staff -> {
                    scene.setRoot(l.firstScreen(tasks, (name, layout, ignored, config, first) ->
                            shells.build(name, layout, problems, config, staff, first)));
                    startReporting(startup.config());
                    watchConfig(startup.config().configDir(), scene);
                    // what the first screen does not need waits until it is painted (docs/readme/ops.md)
                    afterFirstPaint = FirstPaint.after(scene.getRoot(), () -> {
                        forgetOldUsage(staff);
                        prepareSearch(startup);
                        if (Boolean.getBoolean(CDS_TRAINING)) {
                            showHomeThenExit();
                        }
                    });
                }, e -> showError(root, e));
            });
        });
    }

    /** Why the kiosk could not start, on the empty window, in the theme. */
    private static void showError(StackPane root, Throwable error) {
        if (!root.getStylesheets().contains(DisplayMode.STYLESHEET)) {
            root.getStylesheets().add(DisplayMode.STYLESHEET);
        }
        ((Label) root.getChildren().get(0)).setText(String.valueOf(error.getMessage()));
    }

    /** The training run's end: home shown and painted, then a clean stop (the archive is written at exit). */
    private void showHomeThenExit() {
        if (scene.getRoot() instanceof KioskShell shell) {
            shell.context().navigator().home();
            FirstPaint.after(shell.context().navigator().current().get().view(), () -> {
                LOG.info("class-data training run: attract and home shown; stopping");
                Platform.exit();
            });
        } else {
            Platform.exit();
        }
    }

    /** WIDTHxHEIGHT as the run command wrote it; 1280x800 when absent or unreadable. */
    static int[] windowSize(String wxh) {
        if (wxh != null) {
            String[] p = wxh.split("x");
            try {
                return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
            } catch (RuntimeException unreadable) {
                LOG.warning("window size " + wxh + " is not WIDTHxHEIGHT; using 1280x800");
            }
        }
        return new int[] {1280, 800};
    }

    /** The start's disk work (settings, logs, run history, mirror) on its own thread: not the FX thread. */
    private static CompletableFuture<KioskLaunch> prepareInBackground() {
        CompletableFuture<KioskLaunch> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(KioskLaunch.prepare(KioskHome.current(), Instant.now()));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "kiosk-prepare");
        t.setDaemon(true);
        t.start();
        return future;
    }

    /** A failed scheduled sync is a problem staff see in the panel's latest errors; the mirror keeps its content. */
    private static void logSync(KioskStartup s, SyncReport report) {
        if (report.succeeded()) {
            LOG.info("scheduled sync: " + report.outcome() + ", sequence " + report.sequenceAfter());
            if (report.outcome() == SyncOutcome.APPLIED) {
                s.mirror().search().prepare(); // the first search after it need not load the catalog
            }
        } else {
            LOG.warning("scheduled sync failed: " + report.outcome() + ": " + report.reason());
        }
    }

    /** The schedule exists from the start; on the built-in settings it begins once the folder is fixed. */
    private void startSyncSchedule(KioskStartup s) {
        if (s != null) {
            ScheduledSync sched = new ScheduledSync(s.sync(), s.config(), report -> logSync(s, report));
            if (s.syncs()) {
                sched.start();
            }
            scheduledSync = sched;
        }
    }

    /**
     * Loads search's dictionaries and catalogue (seconds on a slow kiosk) on a thread of its own once the first
     * screen shows, so the first visitor who searches does not wait for them and no screen's read queues
     * behind them.
     */
    private static void prepareSearch(KioskStartup s) {
        Thread t = new Thread(() -> {
            try {
                s.mirror().search().prepare();
            } catch (RuntimeException | Error e) {
                BackgroundFailures.report("search warm-up", e);
            }
        }, "search-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Only from the staff panel: a clean stop is recorded, then the kiosk gives the desktop back. */
    private void leaveKiosk() {
        tasks.run(() -> {
            recordStop();
            return null;
        }, r -> Platform.exit(), e -> Platform.exit());
    }

    private void recordStop() {
        if (launch != null && stopRecorded.compareAndSet(false, true)) {
            launch.recordStop(Instant.now());
        }
    }

    /** Usage rows older than the retention go at start and then daily. */
    private void forgetOldUsage(StaffSettings staff) {
        Runnable forget = () -> tasks.write(() -> new UsageStats(startup.mirror())
                .deleteOlderThan(Instant.now().minus(staff.usageRetention())));
        forget.run();
        retention = new Timeline(new KeyFrame(Duration.hours(24), e -> forget.run()));
        retention.setCycleCount(Timeline.INDEFINITE);
        retention.play();
    }

    /** Hot reload: a valid edit of the folder gets a new shell; an invalid one is refused and shown to staff. */
    private void watchConfig(Path configDir, Scene scene) {
        if (configDir == null || !Files.isDirectory(configDir)) {
            return;
        }
        layoutAfterSync = startup.sync().afterEachSync(this::reloadLayoutAfterSync);
        try {
            liveConfig = new LiveConfig(configDir, scene, loaded -> {
                startReporting(loaded.config()); // report.url or kiosk_id may have changed
                return shells.build(loaded);
            }, loaded -> {
                // the next sync uses the edited feed, key and interval now, not when the visit ends
                ScheduledSync sched = scheduledSync;
                if (sched != null) {
                    sched.apply(loaded.config());
                }
            }, LiveConfig.SETTLE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "config folder not watched", e);
        }
    }

    /** Starts the fleet report for {@code config}, closing the one it replaces (none without report.url). */
    private void startReporting(KioskConfig config) {
        if (reporting != null) {
            reporting.close();
        }
        reporting = KioskReporting.start(config, startup.sync(), this::aidsForReport,
                () -> ReportBuilder.layoutInForce(config));
    }

    /**
     * After a sync that applied a new publication, a kiosk with a layout_group looks at the layout again: the
     * feed may carry a new one for its group (applied when the visit ends, as an edit is).
     */
    private void reloadLayoutAfterSync(SyncReport report) {
        LiveConfig live = liveConfig;
        if (report.outcome() == SyncOutcome.APPLIED && live != null
                && startup.sync().config().layoutGroup() != null) {
            live.reloadNow();
        }
    }

    /** Which aids work now, for the report: speech and printer as the staff panel checks them, 手写's model. */
    private KioskReport.Aids aidsForReport() {
        var found = aids.check();
        return new KioskReport.Aids(found.speech().isWorking(),
                ZinniaRecognizer.forKiosk().modelFile().isPresent(), found.printer().isWorking());
    }

    @Override
    public void stop() {
        recordStop();
        if (afterFirstPaint != null) {
            afterFirstPaint.cancel();
        }
        if (reporting != null) {
            reporting.close();
        }
        if (layoutAfterSync != null) {
            try {
                layoutAfterSync.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "sync listener not removed", e);
            }
        }
        if (retention != null) {
            retention.stop();
        }
        if (liveConfig != null) {
            try {
                liveConfig.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "config watcher did not close; stopping anyway", e);
            }
        }
        if (scene != null && scene.getRoot() instanceof KioskShell shell) {
            shell.dispose();
        }
        if (scheduledSync != null) {
            scheduledSync.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (startup != null) {
            startup.mirror().close();
        }
    }
}

package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.config.KioskLogs;
import org.hallkiosk.config.RunHistory.StartKind;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The kiosk's start path as a supervisor drives it: a start, a crash (the process is gone without a clean
 * stop), a restart that lands on home, another crash and restart within the minute: 暂停服务.
 */
@ExtendWith(ApplicationExtension.class)
class CrashRestartTest {

    @TempDir
    Path home;

    Stage stage;
    final UiTaskExecutor tasks = UiTaskExecutor.forFx();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void detachLogFiles() {
        tasks.close();
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof FileHandler) {
                root.removeHandler(h);
                h.close();
            }
        }
    }

    /** One start of the kiosk process: prepare off the FX thread, then the first screen. */
    KioskLaunch startKiosk(Instant at) {
        KioskLaunch launch = KioskLaunch.prepare(KioskHome.at(home), at);
        FxWait.onFx(() -> {
            Parent before = stage.getScene().getRoot();
            Parent first = launch.firstScreen(tasks);
            if (first instanceof KioskShell shell) {
                TestShells.track(shell);
            }
            stage.getScene().setRoot(first);
            if (before instanceof KioskShell crashed) {
                crashed.dispose(); // the crashed process's timers went with it
            }
            return null;
        });
        return launch;
    }

    /** What kill -9 leaves behind: no clean stop; only the file handles go with the process. */
    static void crash(KioskLaunch launch) {
        if (launch.startup() != null) {
            launch.startup().mirror().close();
        }
    }

    @Test
    void aCrashComesBackOnHomeAndThreeStartsInAMinuteShowPaused(FxRobot robot) throws Exception {
        TestFeed.copyTree(Path.of("kiosk-config"), home.resolve("kiosk-config"));
        Instant t0 = Instant.parse("2026-03-02T08:00:00Z");

        KioskLaunch first = startKiosk(t0);
        assertThat(first.kind()).isEqualTo(StartKind.NORMAL);
        assertThat(first.dataDir()).isEqualTo(home.resolve("data").toAbsolutePath());
        FxWait.until("the attract screen", () -> robot.lookup("#attract").tryQuery().isPresent());
        crash(first);

        KioskLaunch second = startKiosk(t0.plusSeconds(5));
        assertThat(second.kind()).isEqualTo(StartKind.AFTER_CRASH);
        FxWait.until("the home screen", () -> robot.lookup("#home").tryQuery().isPresent());
        assertThat(((KioskShell) stage.getScene().getRoot()).context().navigator().place().get())
                .isInstanceOf(Place.Home.class);
        crash(second);

        KioskLaunch third = startKiosk(t0.plusSeconds(10));
        assertThat(third.kind()).isEqualTo(StartKind.CRASH_LOOP);
        assertThat(third.startup()).as("no mirror opened while paused").isNull();
        FxWait.until("暂停服务", () -> robot.lookup("#pausedTitle").tryQuery().isPresent());
        assertThat(robot.lookup("#pausedTitle").queryAs(Label.class).getText()).isEqualTo("暂停服务");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("济南市退役军人服务大厅", "12345", "0531-6661XXXX");
        assertThat(robot.lookup("#attract").tryQuery()).isEmpty();
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        assertThat(KioskLogs.latestProblems(third.dataDir(), 5)).anyMatch(l -> l.contains("crash loop"));

        // Staff restart the kiosk: a clean stop, and the next start is a normal one on the attract screen.
        third.recordStop(t0.plusSeconds(30));
        KioskLaunch fourth = startKiosk(t0.plusSeconds(35));
        assertThat(fourth.kind()).isEqualTo(StartKind.NORMAL);
        FxWait.until("the attract screen again", () -> robot.lookup("#attract").tryQuery().isPresent());
        crash(fourth);
        assertThat(Files.readAllLines(home.resolve("data/runs.log"))).hasSize(5);
    }

    @Test
    void aHomeWithoutConfigStartsOnTheBuiltInSettingsWithItsDataInTheHome() {
        KioskLaunch launch = startKiosk(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(launch.dataDir()).isEqualTo(home.resolve("data"));
        assertThat(Files.isRegularFile(home.resolve("data/runs.log"))).isTrue();
        assertThat(Files.isDirectory(home.resolve("data/logs"))).isTrue();
        crash(launch);
    }
}

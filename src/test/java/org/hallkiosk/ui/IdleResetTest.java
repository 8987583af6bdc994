package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The idle guard with seconds instead of minutes: warn, continue, warn again, and a clean slate. */
@ExtendWith(ApplicationExtension.class)
class IdleResetTest {

    @TempDir
    static Path data;

    static SampleKiosk kiosk;
    KioskShell shell;

    @BeforeAll
    static void importSample() {
        kiosk = new SampleKiosk(data);
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @Start
    void start(Stage stage) {
        shell = kiosk.shell(kiosk.layout().withIdle(Duration.ofMillis(2500), Duration.ofMillis(2500)));
        stage.setScene(new Scene(shell, 1280, 800));
        shell.applyTheme(shell);
        stage.show();
    }

    @Test
    void warnsThenContinuesThenClearsEverything(FxRobot robot) {
        robot.clickOn("#startButton");
        robot.clickOn("#searchBar");
        robot.clickOn("#mode-pinyin");
        robot.clickOn("#key-y").clickOn("#key-d");
        robot.clickOn("#largeTextToggle");
        assertThat(robot.lookup("#queryText").queryAs(Label.class).getText()).isEqualTo("yd");

        FxWait.until("the idle warning", () -> shell.idleGuard().warningShown().get());
        assertThat(robot.lookup("#idleWarning").query().isVisible()).isTrue();
        assertThat(robot.lookup("#idleCountdown").queryAs(Label.class).getText()).isNotBlank();
        robot.clickOn("#continueButton");
        assertThat(shell.idleGuard().warningShown().get()).isFalse();
        assertThat(FxWait.onFx(() -> shell.context().navigator().place().get())).isEqualTo(new Place.Search(""));
        assertThat(robot.lookup("#queryText").queryAs(Label.class).getText()).isEqualTo("yd");

        FxWait.until("the idle warning again", () -> shell.idleGuard().warningShown().get());
        FxWait.until("the attract screen", () -> shell.context().navigator().place().get() instanceof Place.Attract);
        assertThat(shell.idleGuard().warningShown().get()).isFalse();
        assertThat(FxWait.onFx(() -> shell.context().navigator().depth())).isEqualTo(1);
        assertThat(robot.lookup("#search").tryQuery()).isEmpty();
        assertThat(shell.getStyleClass()).doesNotContain(DisplayMode.LARGE_TEXT);
        assertThat(kiosk.usage()).anyMatch(u -> u.startsWith("search|null|yd|"));

        // The next visitor: no history, no search text.
        robot.clickOn("#startButton");
        assertThat(FxWait.onFx(() -> shell.context().navigator().canGoBack().get())).isFalse();
        robot.clickOn("#searchBar");
        assertThat(robot.lookup("#queryText").queryAs(Label.class).getText()).isEmpty();
        assertThat(FxWait.onFx(() -> shell.context().navigator().depth())).isEqualTo(2);
        // and the keyboard back in its default mode, 手写, with the pad showing
        assertThat(robot.lookup("#mode-handwriting").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#handwritingPad").tryQuery()).isPresent();
    }

    /** What turned StaffPanelTest red: a shell left behind whose idle guard reset its navigator later on. */
    @Test
    void aDisposedShellsIdleGuardNeverFires() throws InterruptedException {
        KioskShell left = FxWait.onFx(() -> {
            KioskShell s = kiosk.shell(kiosk.layout().withIdle(Duration.ofMillis(300), Duration.ofMillis(300)));
            s.context().navigator().home(); // a visit: the guard is armed
            s.dispose();
            return s;
        });
        Thread.sleep(1500); // longer than idle time and warning together
        assertThat(FxWait.onFx(() -> left.idleGuard().warningShown().get())).isFalse();
        assertThat(FxWait.onFx(() -> left.context().navigator().place().get())).isInstanceOf(Place.Home.class);
    }

    @Test
    void nothingHappensOnTheAttractScreen(FxRobot robot) throws InterruptedException {
        Thread.sleep(2000); // longer than the idle time: the attract screen has nobody to warn
        assertThat(shell.idleGuard().warningShown().get()).isFalse();
        assertThat(FxWait.onFx(() -> shell.context().navigator().place().get())).isInstanceOf(Place.Attract.class);
    }
}

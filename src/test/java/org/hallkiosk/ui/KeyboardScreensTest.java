package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hallkiosk.config.Layout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The keyboard's two writing modes with candidates showing (优 on the 手写 pad, youdai in 拼音), at both text
 * sizes and in high contrast, on 1366×768 (the small screen ScreenFitTest does not tour), 1920×1080 and 1080×1920:
 * the same checks as ScreenFitTest (60 px targets in 长辈模式, nothing cut off, text sizes), and candidates shown.
 * With {@code -Dkeyboard.screenshots=DIR} it also writes each look as a PNG for people to look at.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardScreensTest {

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
        shell = kiosk.shell(kiosk.layout());
        stage.setScene(new Scene(shell, 1366, 768));
        shell.applyTheme(shell);
        stage.show();
    }

    @Test
    void bothWritingModesFitEveryScreenAtBothTextSizes() throws IOException {
        String shots = System.getProperty("keyboard.screenshots");
        List<ScreenTour.Stop> stops = ScreenTour.STOPS.stream().filter(s -> s.name().contains("keyboard")).toList();
        assertThat(stops).extracting(ScreenTour.Stop::name)
                .containsExactly("15-keyboard-handwriting", "16-keyboard-pinyin");
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}, {1080, 1920}}) {
            resize(size[0], size[1]);
            for (ScreenTour.Look look : ScreenTour.LOOKS) {
                for (ScreenTour.Stop stop : stops) {
                    ScreenshotRenderer.visit(shell, kiosk.tasks, stop, look);
                    FxWait.until("candidates on " + stop.name(),
                            () -> !shell.lookupAll("#candidates .candidate").isEmpty());
                    String where = size[0] + "×" + size[1] + " " + stop.name() + look.suffix();
                    boolean large = look.textSize() == Layout.TextSize.LARGE;
                    FxWait.onFx(() -> {
                        shell.applyCss();
                        shell.layout();
                        // the keyboard whole within the screen: no key pushed past its right edge
                        Bounds kb = shell.lookup("#keyboard")
                                .localToScene(shell.lookup("#keyboard").getLayoutBounds());
                        if (kb.getMinX() < -0.5 || kb.getMaxX() > shell.getScene().getWidth() + 0.5
                                || kb.getMaxY() > shell.getScene().getHeight() + 0.5) {
                            problems.add(where + ": the keyboard runs off the screen: " + kb);
                        }
                        return ScreenFitTest.check(shell, shell.getScene().getWidth(), shell.getScene().getHeight()
                                , where, large, problems);
                    });
                    if (shots != null) {
                        WritableImage image = FxWait.onFx(() -> shell.getScene().snapshot(null));
                        Path file = Files.createDirectories(Path.of(shots))
                                .resolve(stop.name() + look.suffix() + "-" + size[0] + "x" + size[1] + ".png");
                        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private void resize(int width, int height) {
        FxWait.onFx(() -> {
            var window = shell.getScene().getWindow();
            window.setX(0);
            window.setY(0);
            window.setWidth(width);
            window.setHeight(height);
            return null;
        });
    }
}

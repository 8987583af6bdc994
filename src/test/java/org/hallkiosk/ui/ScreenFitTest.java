package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import java.util.Locale;
import org.hallkiosk.config.Layout;
import org.hallkiosk.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every screen of the tour (the reading aids' PDF viewer, QR code and print preview included), at the standard size and in 长辈模式, on a small 1280×800 screen, a 1920×1080 one
 * and a portrait 1080×1920 one (and in English on the small one):
 * no text cut off with an ellipsis, every button at least product.md's touch size, no text below the body
 * minimum (18 pt = 24 px; 30 pt = 40 px in 长辈模式), wrapped text with extra line spacing.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenFitTest {

    static final double BODY_PX = 24;
    static final double LARGE_BODY_PX = 40;
    static final double TARGET_PX = 44;
    static final double LARGE_TARGET_PX = 60;

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
        // with a speech engine, so that the 朗读 buttons are measured too
        shell = new KioskShell("大厅", kiosk.layout(), kiosk.mirror(), kiosk.tasks, List.of(),
                org.hallkiosk.aids.KioskAids.withoutPrinter(new SlowSpeech(0)));
        shell.enableStaff(kiosk.staffTools(() -> { }));
        stage.setScene(new Scene(shell, 1280, 800));
        shell.applyTheme(shell);
        stage.show();
    }

    @Test
    void everyScreenFitsAtBothTextSizes() {
        List<String> problems = new ArrayList<>();
        int checkedTexts = 0;
        try {
            // Chinese on a small and a large screen, then English (the second language) on the small one.
            checkedTexts += tour(1280, 800, Messages.CHINESE, problems);
            checkedTexts += tour(1920, 1080, Messages.CHINESE, problems);
            checkedTexts += tour(1080, 1920, Messages.CHINESE, problems);
            checkedTexts += tour(1280, 800, Locale.ENGLISH, problems);
        } finally {
            Messages.setLocale(Messages.CHINESE);
        }
        assertThat(checkedTexts).as("texts checked").isGreaterThan(200);
        assertThat(problems).isEmpty();
    }

    /** Every stop at both text sizes on a screen of {@code width}×{@code height}; returns the texts checked. */
    private int tour(int width, int height, Locale locale, List<String> problems) {
        Messages.setLocale(locale);
        FxWait.onFx(() -> {
            var window = shell.getScene().getWindow();
            window.setX(0);
            window.setY(0);
            window.setWidth(width);
            window.setHeight(height);
            return null;
        });
        int texts = 0;
        for (ScreenTour.Look look : List.of(ScreenTour.LOOKS.get(0), ScreenTour.LOOKS.get(1))) {
            boolean large = look.textSize() == Layout.TextSize.LARGE;
            for (ScreenTour.Stop stop : ScreenTour.STOPS) {
                ScreenshotRenderer.visit(shell, kiosk.tasks, stop, look);
                String where = width + "×" + height + " " + locale + " " + stop.name() + (large ? " (长辈模式)" : "");
                texts += FxWait.onFx(() -> {
                    shell.applyCss();
                    shell.layout();
                    return check(shell, where, large, problems);
                });
            }
        }
        return texts;
    }

    static int check(Parent root, String where, boolean large, List<String> problems) {
        double minText = large ? LARGE_BODY_PX : BODY_PX;
        double minTarget = large ? LARGE_TARGET_PX : TARGET_PX;
        int texts = 0;
        // A screen taller than the window must scroll inside it: the bar with 返回 and 首页 never leaves the top.
        Node home = root.lookup("#homeButton");
        if (home != null && home.isVisible() && home.localToScene(home.getBoundsInLocal()).getMinY() < -0.5) {
            problems.add(where + ": the screen is taller than the window and pushes the top bar out of sight");
        }
        for (Node n : shown(root)) {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && !l.getText().equals(t.getText())) {
                        problems.add(where + ": cut off: \"" + l.getText() + "\" shows as \"" + t.getText() + "\"");
                    }
                }
            }
            // Line spacing: the font's own line height (about 1.45 em for Noto Sans CJK) plus at least 0.3 em.
            if (n instanceof Labeled l && l.isWrapText() && l.getLineSpacing() < 0.3 * l.getFont().getSize() - 0.01) {
                problems.add(where + ": line spacing " + l.getLineSpacing() + " for \"" + l.getText() + "\"");
            }
            if (n instanceof javafx.scene.text.TextFlow f && !f.getChildren().isEmpty()
                    && f.getChildren().get(0) instanceof Text first
                    && f.getLineSpacing() < 0.3 * first.getFont().getSize() - 0.01) {
                problems.add(where + ": line spacing " + f.getLineSpacing() + " in \"" + first.getText() + "\"");
            }
            if (n instanceof ButtonBase b
                    && (b.getWidth() < minTarget - 0.5 || b.getHeight() < minTarget - 0.5)) {
                problems.add(where + ": button too small " + (int) b.getWidth() + "×" + (int) b.getHeight() + ": "
                        + describe(b));
            }
            if ((n.getStyleClass().contains("item-row") || n.getStyleClass().contains("search-bar"))
                    && n instanceof javafx.scene.layout.Region r
                    && r.getHeight() < minTarget) {
                problems.add(where + ": row too low: " + r.getHeight());
            }
            if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
                texts++;
                if (t.getFont().getSize() < minText - 0.01) {
                    problems.add(where + ": text " + t.getFont().getSize() + " px < " + minText + ": \""
                            + t.getText() + "\"");
                }
            }
        }
        return texts;
    }

    private static String describe(ButtonBase b) {
        return b.getId() != null ? "#" + b.getId() : b.getText();
    }

    /** Every node a visitor can see: visible itself and all the way up. */
    private static List<Node> shown(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}

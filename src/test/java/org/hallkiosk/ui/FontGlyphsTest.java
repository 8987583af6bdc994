package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hallkiosk.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every text shown on every screen of the tour (visitor and staff screens, with a usage chart that has data)
 * is drawn in an installed font that has a glyph for each of its characters, in Chinese and English. Every
 * shown text is a {@link Text} node (a label's, a button's, a chart's tick marks), so the check walks them
 * all and asks java.awt for the font JavaFX resolved: the family must be an installed one (JavaFX's
 * "System" fallback has no hanzi under the kiosk's text renderer) and {@code canDisplayUpTo} must find no
 * character missing. The usage chart whose category names were □□□□ fails it (see the second test).
 */
@ExtendWith(ApplicationExtension.class)
class FontGlyphsTest {

    /** java.awt's logical families: not a font of their own, whatever they fall back to. */
    static final Set<String> LOGICAL = Set.of("Dialog", "DialogInput", "Serif", "SansSerif", "Monospaced");
    static final Set<String> INSTALLED = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
            .getAvailableFontFamilyNames(Locale.ROOT));

    @TempDir
    static Path data;

    static SampleKiosk kiosk;
    KioskShell shell;

    @BeforeAll
    static void importSample() {
        kiosk = new SampleKiosk(data);
        // what visitors did, so the staff panel's usage chart draws its category names
        kiosk.mirror().usage().record("view", "zcwj-2024-00052", null, null, null, null);
        kiosk.mirror().usage().record("search", null, null, "优待", 3, null);
        kiosk.mirror().usage().record("column", null, "zcwj", null, null, null);
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @Start
    void start(Stage stage) {
        shell = kiosk.shell(kiosk.layout());
        new Scene(shell, 1920, 1080);
        shell.applyTheme(shell);
    }

    @AfterEach
    void endVisit() {
        FxWait.onFx(() -> {
            shell.context().navigator().reset();
            return null;
        });
    }

    @Test
    void everyShownTextHasGlyphsInItsFont() {
        assertThat(INSTALLED).as("the CJK font of scripts/install-test-deps.sh").contains("Noto Sans CJK SC");
        List<String> problems = new ArrayList<>();
        int texts = 0;
        Set<String> stops = new TreeSet<>();
        try {
            for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                Messages.setLocale(locale);
                for (ScreenTour.Stop stop : ScreenTour.STOPS) {
                    for (ScreenTour.Look look : List.of(ScreenTour.LOOKS.get(0), ScreenTour.LOOKS.get(1))) {
                        ScreenshotRenderer.visit(shell, kiosk.tasks, stop, look);
                        String where = locale + " " + stop.name() + look.suffix();
                        texts += FxWait.onFx(() -> {
                            shell.applyCss();
                            shell.layout();
                            return check(shell, where, problems);
                        });
                        stops.add(stop.name());
                    }
                }
            }
        } finally {
            Messages.setLocale(Messages.CHINESE);
        }
        System.out.printf("FontGlyphsTest: %d screens, %d texts checked%n", stops.size(), texts);
        assertThat(stops).contains("31-staff-sync", "34-staff-usage", "36-staff-admin", "30-staff-pin");
        assertThat(texts).isGreaterThan(1000);
        assertThat(problems).isEmpty();
    }

    /** The old □□□□: a chart's category names in the axis's own font, outside the staff panel's rule. */
    @Test
    void aChartOutsideTheStaffRuleAndALabelInALatinFontFail() {
        List<String> problems = FxWait.onFx(() -> {
            shell.context().navigator().home();
            BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
            chart.setAnimated(false);
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.getData().add(new XYChart.Data<>(3, "查看条目"));
            chart.getData().add(s);
            Label latin = new Label("使用统计");
            latin.setStyle("-fx-font-family: \"DejaVu Sans\";"); // inline: above the theme's family
            Label fine = new Label("使用统计（主题字体）");
            VBox broken = new VBox(chart, latin, fine);
            broken.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            shell.getChildren().add(broken);
            try {
                shell.applyCss();
                shell.layout();
                List<String> found = new ArrayList<>();
                check(broken, "broken", found);
                return found;
            } finally {
                shell.getChildren().remove(broken);
            }
        });
        assertThat(problems).anyMatch(p -> p.contains("\"查看条目\"") && p.contains("System"));
        assertThat(problems).anyMatch(p -> p.startsWith("broken: \"使用统计\""));
        assertThat(problems).as("the label in the theme's font passes").noneMatch(p -> p.contains("主题字体"));
    }

    /** Adds a line to {@code problems} for each shown text its font cannot draw; returns the texts checked. */
    static int check(Parent root, String where, List<String> problems) {
        int texts = 0;
        for (Text t : shownTexts(root)) {
            String s = t.getText();
            if (s == null || s.isBlank()) {
                continue;
            }
            texts++;
            String problem = problem(s, t.getFont());
            if (problem != null) {
                problems.add(where + ": \"" + s + "\" " + problem);
            }
        }
        return texts;
    }

    /** Why {@code font} cannot draw {@code s}, or null when it can. */
    static String problem(String s, Font font) {
        String family = font.getFamily();
        if (!INSTALLED.contains(family) || LOGICAL.contains(family)) {
            return "is in \"" + family + "\" (" + font.getName() + "), no installed font (JavaFX's fallback: hanzi show as □)";
        }
        int style = font.getStyle().toLowerCase(Locale.ROOT).contains("bold") ? java.awt.Font.BOLD
                : java.awt.Font.PLAIN;
        java.awt.Font awt = new java.awt.Font(family, style, 12);
        String drawn = s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int at = awt.canDisplayUpTo(drawn);
        if (at >= 0) {
            return "has '" + new String(Character.toChars(drawn.codePointAt(at))) + "', which \"" + family
                    + "\" has no glyph for";
        }
        return null;
    }

    /** Every text node a person can see: visible itself and all the way up. */
    static List<Text> shownTexts(Parent root) {
        List<Text> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Text> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if (n instanceof Text t) {
            out.add(t);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}

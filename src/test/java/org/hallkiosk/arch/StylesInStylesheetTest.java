package org.hallkiosk.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Spacing, insets and looks of the kiosk's screens live in kiosk.css, in em, so that 长辈模式 scales them
 * (issue 15 item 4). A source scan: ArchUnit sees calls but not their literal arguments.
 *
 * <p>The layout designer ({@code ui.design}) is left out: a desktop window for a mouse, in px throughout
 * (design.css, design.fxml), never in 长辈模式.
 */
class StylesInStylesheetTest {

    private static final Path UI = Path.of("src/main/java/org/hallkiosk/ui");
    private static final Path DESIGNER = UI.resolve("design");

    /** What a screen must not do in Java: an inline style, or a spacing, gap or inset as a number. */
    static final Pattern FORBIDDEN = Pattern.compile(
            "\\.setStyle\\("
                    + "|new\\s+(?:[\\w.]+\\.)?(VBox|HBox|FlowPane|TilePane|GridPane)\\(\\s*-?[0-9.]"
                    + "|\\.set(Spacing|Hgap|Vgap)\\(\\s*-?[0-9.]"
                    + "|new\\s+(?:[\\w.]+\\.)?Insets\\(\\s*-?[0-9.]");

    @Test
    void screensSetNoInlineStyleNorNumericSpacing() {
        List<String> found = offenders(UI);
        assertThat(found).as("move these into kiosk.css as a style class, in em").isEmpty();
    }

    @Test
    void theScanRejectsEachKindOfOffence() {
        assertThat(FORBIDDEN.matcher("VBox rows = new VBox(12);").find()).isTrue();
        assertThat(FORBIDDEN.matcher("new FlowPane(10, 4, icon)").find()).isTrue();
        assertThat(FORBIDDEN.matcher("new " + "javafx.scene.layout.VBox(16)").find()).isTrue();
        assertThat(FORBIDDEN.matcher("grid.setHgap(24);").find()).isTrue();
        assertThat(FORBIDDEN.matcher("box.setSpacing( 8 );").find()).isTrue();
        assertThat(FORBIDDEN.matcher("sheet.setPadding(new Insets(24));").find()).isTrue();
        assertThat(FORBIDDEN.matcher("sheet.setStyle(\"-fx-padding: 1em\");").find()).isTrue();
        // what stays allowed: panes with children only, and the class that carries the spacing
        assertThat(FORBIDDEN.matcher("HBox pager = new HBox(previous, next);").find()).isFalse();
        assertThat(FORBIDDEN.matcher("box.getStyleClass().add(\"chip-row\");").find()).isFalse();
    }

    static List<String> offenders(Path root) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(DESIGNER)).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (FORBIDDEN.matcher(lines.get(i)).find()) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}

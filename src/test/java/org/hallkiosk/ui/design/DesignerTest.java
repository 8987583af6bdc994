package org.hallkiosk.ui.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hallkiosk.config.Layout;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.TestFeed;
import org.hallkiosk.ui.DisplayMode;
import org.hallkiosk.ui.SampleKiosk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout designer driven as an administrator would, with mouse and keyboard, on the sample content: tiles
 * added, relabelled and reordered show in the preview's own HomeView; undo and redo step back and forth; a
 * save writes a layout.yaml that check-config accepts, with its comments; an edit the checks refuse (a hot
 * search that finds nothing, a tile colour with too little contrast) is not saved, and the form says why.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerTest {

    @TempDir
    static Path tmp;

    static SampleKiosk kiosk;
    Path config;
    Stage stage;
    DesignWindow.Opened designer;

    @BeforeAll
    static void importSample() {
        kiosk = new SampleKiosk(tmp.resolve("data"));
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Built after TestFX's start, with a wait of its own: the first build loads FXML, CSS and the kiosk's classes. */
    @BeforeEach
    void openDesigner() throws Exception {
        config = tmp.resolve("kiosk-config-" + System.nanoTime());
        TestFeed.copyTree(Path.of("kiosk-config"), config);
        DesignSource source = DesignSource.read(config);
        designer = WaitForAsyncUtils.asyncFx(() -> {
            DesignWindow.Opened opened = DesignWindow.build(source, kiosk.mirror(), kiosk.tasks, "sample", 1500, 950);
            stage.setScene(opened.scene());
            stage.show();
            return opened;
        }).get(90, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeDesigner() {
        onFx(() -> {
            designer.view().dispose();
            return null;
        });
    }

    static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The text of the preview's home tile {@code i}, or null while it is not shown. */
    String previewTile(int i) {
        return onFx(() -> {
            Node shell = designer.view().preview().shell();
            Node tile = shell.lookup("#tile-" + i);
            return tile instanceof Button b && b.getParent() != null ? b.getText() : null;
        });
    }

    /** Scrolls the form so that {@code query}'s node is in view, as the administrator's mouse wheel would. */
    static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        onFx(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp) {
                    double content = sp.getContent().getBoundsInLocal().getHeight();
                    double view = sp.getViewportBounds().getHeight();
                    double y = sp.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    if (content > view) {
                        sp.setVvalue(Math.min(1, Math.max(0, (y - 40) / (content - view))));
                    }
                    sp.layout();
                    break;
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    List<String> labels() {
        return onFx(() -> designer.vm().layout().get().tiles().stream().map(Layout.Tile::label).toList());
    }

    static List<String> comments(String text) {
        return text.lines().filter(l -> l.strip().startsWith("#")).toList();
    }

    @Test
    void tilesAddedRelabelledAndReorderedShowInThePreviewAndUndoRedoStepThroughThem(FxRobot robot) {
        List<String> shipped = labels();
        assertThat(shipped).hasSize(8);
        until("the preview's home", () -> previewTile(7) != null);
        assertThat(previewTile(7)).isEqualTo(shipped.get(7));

        robot.clickOn("#addTile");
        until("a ninth tile in the form", () -> robot.lookup("#tileRow-8").tryQuery().isPresent());
        until("the new tile in the preview's HomeView", () -> "新磁贴".equals(previewTile(8)));

        // typed into the label field: one step of undo for the whole word
        robot.doubleClickOn("#tileLabel").eraseText(3).write("Job fair");
        until("the label in the preview", () -> "Job fair".equals(previewTile(8)));
        assertThat(labels().get(8)).isEqualTo("Job fair");

        robot.clickOn("#tileUp-8");
        until("moved up one", () -> "Job fair".equals(labels().get(7)));
        until("moved in the preview", () -> "Job fair".equals(previewTile(7)));

        // dragged by its row onto the first row
        robot.drag("#tileRow-7").dropTo("#tileRow-0");
        until("dragged to the top", () -> "Job fair".equals(labels().get(0)));
        until("first in the preview", () -> "Job fair".equals(previewTile(0)));
        assertThat(labels().subList(1, 9)).containsExactlyElementsOf(shipped);

        // Ctrl+Z: back before the drag, before the move, before the label; Ctrl+Y and the button: forward again
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        until("the drag undone", () -> "Job fair".equals(labels().get(7)));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        until("the move undone", () -> "Job fair".equals(labels().get(8)));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        until("the label undone", () -> "新磁贴".equals(labels().get(8)));
        robot.clickOn("#tileRow-8");
        until("its label in the editor", () -> ((TextField) robot.lookup("#tileLabel").query()).getText()
                .equals("新磁贴"));
        until("the old label in the preview", () -> "新磁贴".equals(previewTile(8)));
        robot.clickOn("#undoButton");
        until("the tile gone", () -> labels().equals(shipped));
        until("gone from the preview", () -> previewTile(8) == null);
        assertThat(onFx(() -> robot.lookup("#undoButton").query().isDisabled())).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        until("the tile back", () -> labels().size() == 9);
        robot.clickOn("#redoButton");
        robot.clickOn("#redoButton");
        robot.clickOn("#redoButton");
        until("everything redone", () -> "Job fair".equals(labels().get(0)));
        until("redone in the preview", () -> "Job fair".equals(previewTile(0)));
        assertThat(onFx(() -> robot.lookup("#redoButton").query().isDisabled())).isTrue();
    }

    @Test
    void thePreviewShowsEveryKioskSizeTextSizeLookAndTheAttractScreen(FxRobot robot) {
        until("the preview's home", () -> previewTile(0) != null);
        onFx(() -> {
            designer.vm().previewSize().set(DesignViewModel.SIZES.get(1));
            return null;
        });
        until("portrait", () -> designer.view().preview().shell().getParent() instanceof Region r
                && r.getWidth() == 1080 && r.getHeight() == 1920);
        robot.clickOn("#previewLarge");
        robot.clickOn("#previewContrast");
        until("larger text, high contrast", () -> {
            var frame = designer.view().preview().shell().getParent();
            return frame.getStyleClass().containsAll(List.of(DisplayMode.LARGE_TEXT, DisplayMode.HIGH_CONTRAST));
        });
        robot.clickOn("#previewAttract");
        until("the attract screen", () -> designer.view().preview().shell().lookup("#attract") != null
                && designer.view().preview().shell().lookup("#tile-0") == null);
        // its notices come from the form
        onFx(() -> {
            designer.vm().setNotices("请先取号");
            return null;
        });
        until("the notice in the preview", () -> designer.view().preview().shell().lookupAll(".label").stream()
                .anyMatch(n -> n instanceof Label l && "请先取号".equals(l.getText())));
    }

    @Test
    void aSaveWritesALayoutCheckConfigAcceptsWithTheShippedComments(FxRobot robot) throws Exception {
        String before = Files.readString(config.resolve("layout.yaml"), StandardCharsets.UTF_8);
        robot.clickOn("#addTile");
        onFx(() -> {
            ((TextField) robot.lookup("#tileLabel").query()).setText("退役金");
            return null;
        });
        robot.clickOn("#tileDown-3"); // 优待证申领 after 优待抚恤
        until("no problems", () -> designer.vm().problems().isEmpty() && labels().size() == 9);
        robot.clickOn("#saveButton");
        until("saved", () -> designer.vm().status().get().startsWith("已保存"));

        String after = Files.readString(config.resolve("layout.yaml"), StandardCharsets.UTF_8);
        assertThat(comments(after)).isNotEmpty().containsExactlyElementsOf(comments(before));
        Layout saved = LayoutLoader.load(config);
        assertThat(saved.tiles()).extracting(Layout.Tile::label).containsSubsequence("优待抚恤", "优待证申领")
                .endsWith("退役金");
        CommandRun check = CommandRun.of("check-config", config.toString(), "--data", tmp.resolve("data").toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    }

    @Test
    void aHotSearchThatFindsNothingIsCountedAndBlocksSavingWithTheMessageShown(FxRobot robot) throws Exception {
        String before = Files.readString(config.resolve("layout.yaml"), StandardCharsets.UTF_8);
        until("the hot searches counted", () -> ((Label) robot.lookup("#hotCount-0").query()).getText()
                .startsWith("找到"));
        reveal(robot, "#newHotSearch");
        robot.clickOn("#newHotSearch").write("qqxxzz");
        robot.clickOn("#addHotSearch");
        until("its count", () -> robot.lookup("#hotCount-5").tryQuery().map(n -> ((Label) n).getText())
                .orElse("").equals("搜不到任何内容"));
        robot.clickOn("#saveButton");
        until("refused", () -> designer.vm().status().get().startsWith("没有保存"));
        reveal(robot, "#problemList");
        assertThat(onFx(() -> ((VBox) robot.lookup("#problemList").query()).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList()))
                .containsExactly("layout.yaml: hot_searches[5]: “qqxxzz”搜不到任何内容");
        assertThat(Files.readString(config.resolve("layout.yaml"), StandardCharsets.UTF_8)).isEqualTo(before);

        reveal(robot, "#hotRemove-5");
        robot.clickOn("#hotRemove-5");
        until("the problem gone", () -> designer.vm().problems().isEmpty());
        robot.clickOn("#saveButton");
        until("saved", () -> designer.vm().status().get().startsWith("已保存"));
    }

    @Test
    void aTileColourWithTooLittleContrastBlocksSavingWithTheRatioShown(FxRobot robot) throws Exception {
        String before = Files.readString(config.resolve("layout.yaml"), StandardCharsets.UTF_8);
        String css;
        try (var in = DisplayMode.class.getResourceAsStream("kiosk.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a stylesheet whose orange is too light for white text (2.4:1)
        ThemePalette light = ThemePalette.of(css.replaceFirst("-color-tile-orange: #[0-9a-fA-F]{6}",
                "-color-tile-orange: #f5a04a"));
        assertThat(light.contrast("orange", Layout.Contrast.STANDARD)).isLessThan(ThemePalette.MIN_CONTRAST);
        assertThat(ThemePalette.kiosk().worstContrast("orange")).isGreaterThanOrEqualTo(ThemePalette.MIN_CONTRAST);
        DesignViewModel[] vm = new DesignViewModel[1];
        onFx(() -> {
            designer.view().dispose();
            vm[0] = new DesignViewModel(DesignSource.read(config), kiosk.mirror(), kiosk.tasks, light);
            DesignView view = new DesignView(vm[0], new DesignPreview(vm[0], kiosk.mirror(), kiosk.tasks), "");
            designer = new DesignWindow.Opened(vm[0], view, designer.scene());
            designer.scene().setRoot(view.view());
            return null;
        });
        until("the new form", () -> robot.lookup("#tileRow-2").tryQuery().isPresent());
        robot.clickOn("#tileRow-2");
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> colours = (ComboBox<String>) robot.lookup("#tileColor").query();
            colours.setValue("orange");
            return null;
        });
        until("the ratio shown", () -> ((Label) robot.lookup("#tileContrast").query()).getText().contains("太低"));
        assertThat(((Label) robot.lookup("#tileContrast").query()).getText()).contains("2.");
        robot.clickOn("#saveButton");
        until("refused", () -> vm[0].status().get().startsWith("没有保存"));
        // the orange tile the shipped layout has (优待证申领) is refused with it
        assertThat(vm[0].problems()).containsExactly(
                "layout.yaml: tiles[2].color: 磁贴“办事指南”的文字对比度只有 2.0:1，至少应为 4.5:1",
                "layout.yaml: tiles[3].color: 磁贴“优待证申领”的文字对比度只有 2.0:1，至少应为 4.5:1");
        reveal(robot, "#problemList");
        assertThat(onFx(() -> ((VBox) robot.lookup("#problemList").query()).getChildren().size())).isEqualTo(2);
        assertThat(Files.readString(config.resolve("layout.yaml"), StandardCharsets.UTF_8)).isEqualTo(before);
    }
}

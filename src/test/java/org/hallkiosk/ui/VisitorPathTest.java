package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.hallkiosk.testing.HanziWriterData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A visitor's paths through the real screens, by touch (mouse clicks under Monocle), on the sample content. */
@ExtendWith(ApplicationExtension.class)
class VisitorPathTest {

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
        stage.setScene(new Scene(shell, 1280, 800));
        shell.applyTheme(shell);
        stage.show();
    }

    /** Back to the attract screen, where the idle guard sleeps: no timer of this shell outlives the test. */
    @org.junit.jupiter.api.AfterEach
    void endVisit() {
        FxWait.onFx(() -> {
            shell.context().navigator().reset();
            return null;
        });
    }

    Place place() {
        return FxWait.onFx(() -> shell.context().navigator().place().get());
    }

    Node itemRow(FxRobot robot, String itemId) {
        FxWait.until("a row for " + itemId, () -> robot.lookup(n -> itemId.equals(n.getUserData())).tryQuery()
                .isPresent());
        Node row = robot.lookup(n -> itemId.equals(n.getUserData())).query();
        FxWait.reveal(row);
        return row;
    }

    void startVisit(FxRobot robot) {
        assertThat(place()).isInstanceOf(Place.Attract.class);
        robot.clickOn("#startButton");
        FxWait.until("home", () -> shell.context().navigator().place().get() instanceof Place.Home);
    }

    @Test
    void tileThenItemThenInterpretationThenHome(FxRobot robot) {
        startVisit(robot);
        robot.clickOn("#tile-0"); // 政策文件
        FxWait.until("the column list", () -> robot.lookup("#column").tryQuery().isPresent());
        assertThat(place()).isEqualTo(new Place.ColumnList("zcwj"));

        robot.clickOn(itemRow(robot, "zcwj-2024-00052"));
        FxWait.until("the reader", () -> robot.lookup("#reader").tryQuery().isPresent());
        assertThat(robot.lookup("#facts").queryAs(GridPane.class).getChildren())
                .extracting(n -> ((Label) n).getText()).contains("索引号", "济退役军人发〔2024〕9号", "有效");

        robot.clickOn("#interpretationButton");
        FxWait.until("the interpretation", () -> new Place.Item("zcjd-2024-00052").equals(place()));
        FxWait.until("the interpretation's reader", () -> robot.lookup("#policyButton").tryQuery().isPresent());

        robot.clickOn("#backButton");
        assertThat(place()).isEqualTo(new Place.Item("zcwj-2024-00052"));
        robot.clickOn("#homeButton");
        assertThat(place()).isInstanceOf(Place.Home.class);
        assertThat(FxWait.onFx(() -> shell.context().navigator().depth())).isEqualTo(1);
        assertThat(kiosk.usage()).contains("view|zcwj-2024-00052|null|null", "view|zcjd-2024-00052|null|null");
    }

    @Test
    void hotSearchInHanziReachesTheGuide(FxRobot robot) {
        startVisit(robot);
        robot.clickOn("优待证"); // the hot search chip on home
        FxWait.until("the search screen", () -> new Place.Search("优待证").equals(place()));
        robot.clickOn(itemRow(robot, "bszn-ydz-sl"));
        FxWait.until("the guide", () -> robot.lookup("#guide").tryQuery().isPresent());
        assertThat(robot.lookup("#materials").tryQuery()).isPresent();
        assertThat(robot.lookup("#steps").tryQuery()).isPresent();

        Button form = robot.lookup("#materials").lookup("看空白表格").queryButton();
        FxWait.reveal(form);
        robot.clickOn(form);
        FxWait.until("the blank form", () -> robot.lookup("#pageImage").tryQuery()
                .map(n -> ((ImageView) n).getImage() != null).orElse(false));
        ImageView image = robot.lookup("#pageImage").queryAs(ImageView.class);
        assertThat(image.getImage().getWidth()).isGreaterThan(100);
        robot.clickOn("#backButton");
        assertThat(place()).isEqualTo(new Place.Item("bszn-ydz-sl"));
    }

    @Test
    void pinyinInitialsOnTheKeyboardReachTheGuide(FxRobot robot) {
        startVisit(robot);
        robot.clickOn("#searchBar");
        robot.clickOn("#mode-pinyin");
        robot.clickOn("#key-y").clickOn("#key-d").clickOn("#key-z");
        assertThat(robot.lookup("#queryText").queryAs(Label.class).getText()).isEqualTo("ydz");
        robot.clickOn(itemRow(robot, "bszn-ydz-sl"));
        FxWait.until("the 优待证 guide", () -> new Place.Item("bszn-ydz-sl").equals(place()));
        FxWait.until("the guide screen", () -> robot.lookup("#guide").tryQuery().isPresent());
    }

    /** The candidate button showing {@code text}, once the candidate bar offers it. */
    Node candidate(FxRobot robot, String text) {
        Supplier<Optional<Node>> find = () -> robot.lookup("#candidates .candidate")
                .queryAll().stream().filter(n -> text.equals(((Button) n).getText())).findFirst();
        FxWait.until("the candidate " + text, () -> find.get().isPresent());
        return find.get().orElseThrow();
    }

    /** Writes {@code character} on the 手写 pad with the finger: its medians (Make Me a Hanzi), stroke by stroke. */
    void write(FxRobot robot, String character) throws IOException {
        Bounds pad = FxWait.onFx(() -> {
            Node p = robot.lookup("#handwritingPad").query();
            return p.localToScreen(p.getBoundsInLocal());
        });
        double size = Math.min(pad.getWidth(), pad.getHeight()) * 0.8;
        double left = pad.getMinX() + (pad.getWidth() - size) / 2;
        double top = pad.getMinY() + (pad.getHeight() - size) / 2;
        var data = HanziWriterData.find().orElseThrow(() -> new IllegalStateException(
                "hanzi-writer-data is not installed; run scripts/install-test-deps.sh"));
        for (double[][] stroke : data.medians(character)) {
            robot.moveTo(new Point2D(left + stroke[0][0] * size / 1024, top + stroke[0][1] * size / 1024),
                    org.testfx.robot.Motion.DIRECT);
            robot.press(MouseButton.PRIMARY);
            for (double[] p : stroke) {
                robot.moveTo(new Point2D(left + p[0] * size / 1024, top + p[1] * size / 1024),
                        org.testfx.robot.Motion.DIRECT);
            }
            robot.release(MouseButton.PRIMARY);
        }
    }

    @Test
    void handwritingOnThePadReachesTheGuide(FxRobot robot) throws IOException {
        startVisit(robot);
        robot.clickOn("#searchBar");
        assertThat(robot.lookup("#mode-handwriting").queryAs(ToggleButton.class).isSelected())
                .as("手写 is where a visit starts").isTrue();
        for (String c : List.of("优", "待", "证")) {
            write(robot, c);
            robot.clickOn(candidate(robot, c));
            FxWait.until("the pad cleared", () -> robot.lookup("#candidates .candidate").queryAll().isEmpty());
        }
        assertThat(robot.lookup("#queryText").queryAs(Label.class).getText()).isEqualTo("优待证");
        robot.clickOn(itemRow(robot, "bszn-ydz-sl"));
        FxWait.until("the 优待证 guide", () -> robot.lookup("#guide").tryQuery().isPresent());
        assertThat(place()).isEqualTo(new Place.Item("bszn-ydz-sl"));
    }

    @Test
    void pinyinCandidatesReachTheGuide(FxRobot robot) {
        startVisit(robot);
        robot.clickOn("#searchBar");
        robot.clickOn("#mode-pinyin");
        for (char k : "youdaizheng".toCharArray()) {
            robot.clickOn("#key-" + k);
        }
        assertThat(robot.lookup("#queryText").queryAs(Label.class).getText()).isEqualTo("youdaizheng");
        robot.clickOn(candidate(robot, "优待证"));
        assertThat(robot.lookup("#queryText").queryAs(Label.class).getText()).isEqualTo("优待证");
        robot.clickOn(itemRow(robot, "bszn-ydz-sl"));
        FxWait.until("the 优待证 guide", () -> robot.lookup("#guide").tryQuery().isPresent());
        assertThat(place()).isEqualTo(new Place.Item("bszn-ydz-sl"));

        // The choice holds for the visit: back on search, the keyboard is still in 拼音.
        robot.clickOn("#homeButton");
        robot.clickOn("#searchBar");
        assertThat(robot.lookup("#mode-pinyin").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#mode-digits");
        robot.clickOn("#key-2").clickOn("#key-年").clickOn("#key-space").clickOn("#key-〔");
        assertThat(robot.lookup("#queryText").queryAs(Label.class).getText()).isEqualTo("2年 〔");
    }

    @Test
    void typingUpdatesResultsAndNothingFoundOffersNextSteps(FxRobot robot) {
        startVisit(robot);
        robot.clickOn("#searchBar");
        robot.clickOn("#mode-pinyin");
        robot.clickOn("#key-q").clickOn("#key-q").clickOn("#key-x");
        FxWait.until("the no-results page", () -> robot.lookup("#noResults").tryQuery().isPresent());
        // next steps: hot searches to tap, and a way home
        Button hot = robot.lookup("#noResults").lookup("抚恤补助").queryButton();
        FxWait.reveal(hot); // below the fold on a small screen, above the keyboard
        robot.clickOn(hot);
        assertThat(robot.lookup("#queryText").queryAs(Label.class).getText()).isEqualTo("抚恤补助");
        robot.clickOn("#key-backspace");
        assertThat(robot.lookup("#queryText").queryAs(Label.class).getText()).isEqualTo("抚恤补");
        robot.clickOn("#homeButton");
        FxWait.until("the search logged", () -> kiosk.usage().stream().anyMatch(u -> u.startsWith("search|null|抚恤补|")));
    }

    @Test
    void largerTextAndHighContrastSwitchFromAnyScreen(FxRobot robot) {
        startVisit(robot);
        robot.clickOn("#tile-2");
        FxWait.until("the column list", () -> robot.lookup("#column").tryQuery().isPresent());
        robot.clickOn("#largeTextToggle");
        robot.clickOn("#contrastToggle");
        assertThat(shell.getStyleClass()).contains(DisplayMode.LARGE_TEXT, DisplayMode.HIGH_CONTRAST);
        double size = FxWait.onFx(() -> robot.lookup("#column").lookup(".h1").queryAs(Label.class).getFont()
                .getSize());
        assertThat(size).isGreaterThanOrEqualTo(40 * 1.6 - 0.5);
        robot.clickOn("#largeTextToggle");
        assertThat(shell.getStyleClass()).doesNotContain(DisplayMode.LARGE_TEXT).contains(DisplayMode.HIGH_CONTRAST);
    }

    @Test
    void aSwipeTurnsTheColumnsPageAndADragScrollsTheReader(FxRobot robot) {
        startVisit(robot);
        robot.clickOn("#tile-0");
        FxWait.until("the column list", () -> robot.lookup("#column").tryQuery().isPresent());
        itemRow(robot, "zcwj-2024-00098");
        robot.drag("#columnRows").moveBy(-400, 0).drop();
        FxWait.until("page 2", () -> robot.lookup("#columnRows")
                .lookup((Predicate<Node>) n -> "zcwj-2022-00021".equals(n.getUserData()))
                .tryQuery().isPresent());
        robot.clickOn("#previousPage");
        robot.clickOn(itemRow(robot, "zcwj-2023-00045"));
        FxWait.until("the reader", () -> robot.lookup("#reader").tryQuery().isPresent());
        Node p = robot.lookup("#reader").query();
        while (!(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        ScrollPane pane = (ScrollPane) p;
        assertThat(pane.getVvalue()).isZero();
        robot.drag("#validityBanner").moveBy(0, -300).drop(); // the body starts below the aid buttons, out of sight
        FxWait.until("the reader scrolled", () -> pane.getVvalue() > 0);
    }

    @Test
    void theElderChoiceOnTheAttractScreenCarriesIntoTheVisit(FxRobot robot) {
        robot.clickOn("#elderButton");
        FxWait.until("home", () -> shell.context().navigator().place().get() instanceof Place.Home);
        assertThat(shell.getStyleClass()).contains(DisplayMode.LARGE_TEXT);
        assertThat(robot.lookup("#largeTextToggle").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(FxWait.onFx(() -> shell.context().readAloud().autoRead().get())).isTrue();
        // the next visitor meets the hall's defaults again
        FxWait.onFx(() -> {
            shell.context().navigator().reset();
            return null;
        });
        assertThat(shell.getStyleClass()).doesNotContain(DisplayMode.LARGE_TEXT);
        assertThat(FxWait.onFx(() -> shell.context().readAloud().autoRead().get())).isFalse();
    }

    /** A visitor's tap, counted. */
    int taps;

    void tap(FxRobot robot, String query) {
        taps++;
        robot.clickOn(query);
    }

    void tap(FxRobot robot, Node node) {
        taps++;
        robot.clickOn(node);
    }

    /** Whether a material's 看空白表格 button is shown (hidden nodes stay in the scene graph). */
    static boolean formButtonShown(FxRobot robot) {
        return robot.lookup("#materials").lookup("看空白表格").queryAll().stream().anyMatch(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    void portrait() {
        FxWait.onFx(() -> {
            var window = shell.getScene().getWindow();
            window.setX(0);
            window.setY(0);
            window.setWidth(1080);
            window.setHeight(1920);
            return null;
        });
    }

    /**
     * 1366×768 in 长辈模式: the keyboard leaves the results little room, so 收起键盘 gives them the screen: at least
     * two result cards whole in the window; a tap on the query brings the keyboard back.
     */
    @Test
    void onALowScreenTheKeyboardMakesRoomForTheResults(FxRobot robot) {
        FxWait.onFx(() -> {
            var window = shell.getScene().getWindow();
            window.setX(0);
            window.setY(0);
            window.setWidth(1366);
            window.setHeight(768);
            return null;
        });
        robot.clickOn("#elderButton");
        FxWait.until("home", () -> shell.context().navigator().place().get() instanceof Place.Home);
        robot.clickOn("#searchBar");
        robot.clickOn("#mode-pinyin");
        robot.clickOn("#key-y").clickOn("#key-d").clickOn("#key-z");
        FxWait.until("results", () -> robot.lookup("#searchResults .item-row").tryQuery().isPresent());
        robot.clickOn("#keyboardToggle");
        FxWait.until("the keyboard put away", () -> !robot.lookup("#keyboard").query().isVisible());
        assertThat(cardsInView(robot)).as("cards with their title in view without the keyboard")
                .isGreaterThanOrEqualTo(2);
        assertThat(robot.lookup("#keyboardToggle").queryButton().getText()).isEqualTo("打开键盘");
        robot.clickOn("#queryText");
        FxWait.until("the keyboard back", () -> robot.lookup("#keyboard").query().isVisible());
    }

    /** How many result cards show at least their top (the title's first line) inside the window. */
    long cardsInView(FxRobot robot) {
        return FxWait.onFx(() -> {
            shell.applyCss();
            shell.layout();
            var view = robot.lookup("#searchResults").query().getParent().getParent(); // the scroll viewport
            var visible = view.localToScene(view.getLayoutBounds());
            return robot.lookup("#searchResults .item-row").queryAll().stream()
                    .map(n -> n.localToScene(n.getLayoutBounds()))
                    .filter(b -> b.getMinY() >= visible.getMinY() - 1
                            && b.getMinY() + 100 <= Math.min(visible.getMaxY(), 768))
                    .count();
        });
    }

    /** The standing kiosk, 长辈版: from the attract screen to the 优待证 materials checklist in four taps at most. */
    @Test
    void fromAttractToThe优待证ChecklistInFourTapsAtMost(FxRobot robot) {
        portrait();
        tap(robot, "#elderButton");
        FxWait.until("home", () -> shell.context().navigator().place().get() instanceof Place.Home);
        assertThat(shell.getStyleClass()).contains(DisplayMode.LARGE_TEXT);
        Node tile = robot.lookup(n -> n instanceof Button b && "优待证申领".equals(b.getText()))
                .query();
        tap(robot, tile);
        FxWait.until("the guide", () -> robot.lookup("#guide").tryQuery().isPresent());
        Node chip = robot.lookup(n -> n instanceof Button b && b.getStyleClass().contains("chip")
                && "申请材料".equals(b.getText())).query();
        tap(robot, chip);
        Node checklist = robot.lookup("#materials").query();
        FxWait.until("the checklist in view", () -> {
            var b = checklist.localToScene(checklist.getLayoutBounds());
            return b.getMinY() >= 0 && b.getMinY() < 1920 / 2.0;
        });
        assertThat(taps).isLessThanOrEqualTo(4);
        assertThat(robot.lookup("#materialsReady").queryAs(Label.class).getText()).isEqualTo("已准备 0/"
                + robot.lookup("#materials .check-box").queryAll().size());
        // the section chips stayed in view while the page scrolled to the checklist, the one of the part in view lit
        var chipBounds = chip.localToScene(chip.getLayoutBounds());
        assertThat(chipBounds.getMinY()).isBetween(0.0, 1920 / 5.0);
        assertThat(chip.getPseudoClassStates()).extracting(Object::toString).contains("current");
        // 长辈模式: one line per material, name and 必须提供; the details (and the forms) one tap away
        assertThat(formButtonShown(robot)).isFalse();
        for (Node card : robot.lookup("#materials .material").queryAll()) {
            Node box = card.lookup(".check-box");
            assertThat(((Region) card).getHeight()).as("a material on one line")
                    .isLessThan(((Region) box).getHeight() * 1.5 + 24);
        }
        tap(robot, "#materialDetails");
        FxWait.until("the details", () -> formButtonShown(robot));
        tap(robot, "#materialDetails");
        FxWait.until("names only again", () -> !formButtonShown(robot));
        // ticking a material counts it
        tap(robot, robot.lookup("#materials .check-box").query());
        assertThat(robot.lookup("#materialsReady").queryAs(Label.class).getText()).startsWith("已准备 1/");
    }

    /** A repealed policy says at the top which document is in force, and one tap opens it. */
    @Test
    void throughARepealedPolicyToTheOneInForce(FxRobot robot) {
        portrait();
        startVisit(robot);
        FxWait.onFx(() -> {
            shell.context().navigator().go(new Place.Item("zcwj-2022-00034")); // as from a search or a list
            return null;
        });
        FxWait.until("the banner", () -> robot.lookup("#validityBanner").tryQuery().isPresent());
        assertThat(robot.lookup("#validityBanner .label").queryAs(Label.class).getText())
                .isEqualTo("本文件已废止，现行文件：《济南市退役军人就业创业扶持若干措施（示例）》");
        robot.clickOn("#inForceButton");
        FxWait.until("the policy in force", () -> new Place.Item("zcwj-2024-00052").equals(place()));
        FxWait.until("its reader", () -> robot.lookup("#facts").tryQuery().isPresent());
        assertThat(robot.lookup("#validityBanner").tryQuery()).isEmpty();
    }
}

package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.PinHash;
import org.hallkiosk.config.StaffGate;
import org.hallkiosk.feed.FeedDates;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.FaultyFeedServer;
import org.hallkiosk.testing.MirrorSnapshot;
import org.hallkiosk.testing.TestFeed;
import org.hallkiosk.ui.staff.StaffTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The staff panel by touch on a kiosk whose feed is a local HTTP server: the hidden entry and its PIN, sync
 * now with progress, a tampered USB import refused, content health, and a usage export that matches what the
 * test did. In order: each step builds on the mirror the one before left.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffPanelTest {

    static final String PIN = "246813";

    @TempDir
    static Path tmp;

    static TestFeed feed;
    static FaultyFeedServer server;
    static Path config;
    static Path data;
    static Path usb;
    static KioskStartup startup;
    static UiTaskExecutor tasks;
    KioskShell shell;

    @BeforeAll
    static void kiosk() throws Exception {
        feed = TestFeed.fromSample(tmp.resolve("publisher"));
        // A column nothing was published in for years (僵尸栏目), for the health check.
        ObjectNode feedJson = (ObjectNode) FeedJson.MAPPER.readTree(feed.contentDir().resolve("feed.json").toFile());
        feedJson.withArray("columns").addObject().put("id", "old").put("name", "旧栏目").putNull("parent")
                .put("order", 99);
        Files.write(feed.contentDir().resolve("feed.json"), FeedJson.MAPPER.writeValueAsBytes(feedJson));
        ObjectNode old = TestFeed.notice("tzgg-2020-old", "很久以前的通知（示例）", "old");
        old.put("published_at", "2020-01-02T09:00:00+08:00");
        feed.putItem(old);
        feed.publish(1);
        server = FaultyFeedServer.serve(feed.dir());
        data = tmp.resolve("data");
        usb = Files.createDirectories(tmp.resolve("media"));
        config = feed.writeConfig(tmp.resolve("kiosk-config"), server.base().toString(), data);
        Files.writeString(config.resolve("kiosk.yaml"), "usb_mount_root: \"" + usb + "\"\n",
                StandardOpenOption.APPEND);
        Files.copy(Path.of("kiosk-config/layout.yaml"), config.resolve("layout.yaml"));
        Files.writeString(config.resolve("staff.yaml"), "pin_hash: \"" + PinHash.hash(PIN)
                + "\"\nmax_tries: 3\nlockout_minutes: 5\nlong_press_seconds: 1\n");
        startup = KioskStartup.open(config, null);
        assertThat(startup.problems()).isEmpty();
        assertThat(startup.sync().sync(null, "test", p -> { }, () -> false).succeeded()).isTrue();
        tasks = UiTaskExecutor.forFx();
    }

    @AfterAll
    static void close() {
        tasks.close();
        startup.mirror().close();
        server.close();
    }

    @Start
    void start(Stage stage) {
        shell = TestShells.build(startup.config().hallName(), startup.layout().layout(), startup.mirror(), tasks,
                List.of());
        shell.enableStaff(StaffTools.forKiosk(startup.config(), startup.sync(), () -> { }, new ArrayList<>()));
        stage.setScene(new Scene(shell, 1280, 800));
        shell.applyTheme(shell);
        stage.show();
    }

    Place place() {
        return FxWait.onFx(() -> shell.context().navigator().place().get());
    }

    String text(FxRobot robot, String id) {
        return FxWait.onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    void openPad(FxRobot robot) {
        robot.moveTo(".hall").press(MouseButton.PRIMARY);
        robot.sleep(1300);
        robot.release(MouseButton.PRIMARY);
        FxWait.until("the PIN pad", () -> shell.context().navigator().place().get() instanceof Place.StaffPin);
    }

    void typePin(FxRobot robot, String pin) {
        for (char c : pin.toCharArray()) {
            robot.clickOn("#pin" + c);
        }
        robot.clickOn("#pinEnter");
    }

    void openPanel(String tab) {
        FxWait.onFx(() -> {
            shell.context().navigator().reset();
            shell.context().navigator().go(new Place.Staff());
            return null;
        });
        FxWait.until("the staff panel", () -> shell.lookup(tab) != null);
        FxWait.onFx(() -> {
            ((ToggleButton) shell.lookup(tab)).fire();
            return null;
        });
    }

    @Test
    @Order(1)
    void aShortTapStartsAVisitAndALongPressWithTheRightPinOpensThePanel(FxRobot robot) {
        robot.clickOn(".hall");
        FxWait.until("home after a tap", () -> shell.context().navigator().place().get() instanceof Place.Home);
        assertThat(robot.lookup("#pinPad").tryQuery()).isEmpty();
        FxWait.onFx(() -> {
            shell.context().navigator().reset();
            return null;
        });

        openPad(robot);
        typePin(robot, PIN);
        FxWait.until("the staff panel", () -> shell.context().navigator().place().get() instanceof Place.Staff);
    }

    @Test
    @Order(2)
    void wrongPinsSayHowManyTriesAreLeftThenLockTheEntryEvenForTheRightPin(FxRobot robot) throws Exception {
        openPad(robot);
        typePin(robot, "111111");
        FxWait.until("wrong", () -> text(robot, "#pinMessage").contains("还可以再试 2 次"));
        typePin(robot, "222222");
        FxWait.until("wrong again", () -> text(robot, "#pinMessage").contains("还可以再试 1 次"));
        typePin(robot, "333333");
        FxWait.until("locked", () -> text(robot, "#pinMessage").contains("已锁定"));
        typePin(robot, PIN);
        FxWait.until("still locked", () -> !shell.context().navigator().place().get().equals(new Place.Staff())
                && text(robot, "#pinMessage").contains("5 分钟"));
        assertThat(place()).isEqualTo(new Place.StaffPin());
        // The lockout is kept in the data folder (a restart does not clear it); the next tests start unlocked.
        Path lockout = data.resolve(StaffGate.STATE_FILE);
        assertThat(lockout).exists();
        Files.delete(lockout);
    }

    @Test
    @Order(3)
    void syncNowShowsProgressAndTheNewPublication(FxRobot robot) throws Exception {
        feed.putItem(TestFeed.notice("tzgg-2026-new", "新通知（示例）", "tzgg"));
        feed.publish(2);
        openPanel("#staffSyncTab");
        FxWait.until("the current sequence", () -> text(robot, "#staffCurrent").contains("序号 1"));
        List<String> progress = new ArrayList<>();
        FxWait.onFx(() -> {
            robot.lookup("#syncProgressText").queryAs(Label.class).textProperty()
                    .addListener((o, was, now) -> progress.add(now));
            return null;
        });

        robot.clickOn("#syncNowButton");
        FxWait.until("the sync result", () -> text(robot, "#syncResult").contains("同步完成"));

        assertThat(text(robot, "#syncResult")).contains("序号 2", "新增 1 条");
        assertThat(progress).anyMatch(p -> p.contains("条目") && p.contains("/"));
        assertThat(startup.mirror().items().sequence()).isEqualTo(2);
        FxWait.until("the new sequence", () -> text(robot, "#staffCurrent").contains("序号 2"));
        FxWait.until("the history", () -> labels(robot, "#staffHistory").stream()
                .anyMatch(l -> l.contains("立即同步") && l.contains("已更新")));
        // one green badge; where content comes from, which source the sync used, when the next one is due
        FxWait.until("the badge", () -> text(robot, "#staffStateHeadline").contains("一切正常"));
        assertThat(styles(robot, "#staffState")).contains("state-ok");
        assertThat(text(robot, "#staffFeedAddress")).isEqualTo("内容源地址：" + server.base());
        assertThat(text(robot, "#staffLastSource")).isEqualTo("上次同步使用的来源：" + server.base());
        assertThat(text(robot, "#staffNextSync")).startsWith("下次自动同步：");
        assertThat(text(robot, "#staffLayoutInForce")).startsWith("布局：");
    }

    @Test
    @Order(4)
    void aTamperedUsbFeedIsRefusedWithItsReasonAndTheContentStaysAsItWas(FxRobot robot) throws Exception {
        feed.putItem(TestFeed.notice("tzgg-2026-usb", "U 盘里的通知（示例）", "tzgg"));
        feed.publish(3);
        Path drive = usb.resolve("staff/KIOSK/feed");
        TestFeed.copyTree(feed.dir(), drive);
        Path item;
        try (Stream<Path> files = Files.walk(drive)) {
            item = files.filter(p -> p.getFileName().toString().startsWith("tzgg-2026-usb")).findFirst()
                    .orElseThrow();
        }
        Files.writeString(item, Files.readString(item).replace("U 盘里的通知", "U 盘里的公告"));
        MirrorSnapshot before = MirrorSnapshot.of(startup.mirror());

        openPanel("#staffUsbTab");
        FxWait.until("the drive's feed", () -> robot.lookup(n -> drive.equals(n.getUserData())).tryQuery()
                .isPresent());
        robot.clickOn(robot.lookup(n -> drive.equals(n.getUserData())).queryAs(Node.class));
        FxWait.until("what will change", () -> text(robot, "#usbPlan").contains("新增 1 条"));
        assertThat(text(robot, "#usbPlan")).contains("序号 2 → 3");
        // by title where the drive's copy matches the signed manifest; this one does not, so its id
        assertThat(labels(robot, "#usbTitles")).containsExactly("新增：《tzgg-2026-usb》");
        robot.clickOn("#usbApply");
        FxWait.until("the refusal", () -> text(robot, "#syncResult").contains("内容保持不变"));

        assertThat(text(robot, "#syncResult")).contains("SHA-256");
        assertThat(MirrorSnapshot.of(startup.mirror())).isEqualTo(before);
        assertThat(startup.mirror().history().recent(1).get(0).trigger()).isEqualTo("usb");
        // a refused import turns the badge red, with the README's 怎么办 for it
        openPanel("#staffSyncTab");
        FxWait.until("the red badge", () -> styles(robot, "#staffState").contains("state-fail"));
        assertThat(text(robot, "#staffStateHeadline")).startsWith("最近一次同步没有成功").contains("SHA-256");
        assertThat(text(robot, "#staffStateAdvice")).isEqualTo("怎么办：内容本身有错误，请告知内容发布单位（上面写明了条目和字段）。");
    }

    @Test
    @Order(5)
    void aUsbFeedTheKioskAlreadyHoldsListsTitlesAndOffersNoApply(FxRobot robot) throws Exception {
        assertThat(startup.sync().sync(null, "test", p -> { }, () -> false).succeeded()).isTrue();
        Path drive = usb.resolve("same/feed");
        TestFeed.copyTree(feed.dir(), drive);
        openPanel("#staffUsbTab");
        FxWait.until("the drive's feed", () -> robot.lookup(n -> drive.equals(n.getUserData())).tryQuery()
                .isPresent());
        robot.clickOn(robot.lookup(n -> drive.equals(n.getUserData())).queryAs(Node.class));
        FxWait.until("nothing to change", () -> text(robot, "#usbPlan").contains("无需导入"));
        assertThat(shown(robot, "#usbApply")).isFalse();
        assertThat(labels(robot, "#usbTitles")).isEmpty();
        // and once the sync succeeded again, the badge is green again
        openPanel("#staffSyncTab");
        FxWait.until("green again", () -> styles(robot, "#staffState").contains("state-ok"));
    }

    @Test
    @Order(6)
    void anEmptyUsageChartSaysSoAndTheLeaveButtonIsRedAndAsksFirst(FxRobot robot) {
        openPanel("#staffUsageTab");
        FxWait.until("the empty state", () -> shown(robot, "#usageKindsEmpty"));
        assertThat(text(robot, "#usageKindsEmpty")).isEqualTo("暂无数据");
        assertThat(shown(robot, "#usageKinds")).isFalse();

        openPanel("#staffAdminTab");
        assertThat(styles(robot, "#leaveKiosk")).contains("danger");
        assertThat(shown(robot, "#leaveKioskConfirm")).isFalse();
        robot.clickOn("#leaveKiosk");
        FxWait.until("the question", () -> shown(robot, "#leaveKioskConfirm"));
        robot.clickOn("#leaveKioskCancel");
        FxWait.until("asked no more", () -> !shown(robot, "#leaveKioskConfirm") && shown(robot, "#leaveKiosk"));
    }

    @Test
    @Order(7)
    void healthIsGroupedBySeverityWithTitlesWhatToDoAndStaleColumnsInOneLine(FxRobot robot) {
        openPanel("#staffHealthTab");
        FxWait.until("the findings", () -> groups(robot).size() >= 2);
        List<List<String>> groups = groups(robot);
        List<String> incomplete = groups.stream().filter(g -> g.get(0).startsWith("内容不齐全")).findFirst()
                .orElseThrow();
        assertThat(incomplete.get(1)).startsWith("怎么办：");
        assertThat(incomplete).anyMatch(l -> l.startsWith("《") && l.endsWith("没有政策解读"))
                .noneMatch(l -> l.contains("zcwj-2023-00088"));
        List<String> stale = groups.get(groups.size() - 1);
        assertThat(stale.get(0)).startsWith("长期没有更新的栏目");
        assertThat(stale).hasSize(3); // heading, what to do, and the columns in one line
        assertThat(stale.get(2)).contains("旧栏目");
    }

    @Test
    @Order(8)
    void theStatsExportCountsWhatVisitorsDidOnTheScreens(FxRobot robot) {
        robot.clickOn("#startButton");
        FxWait.until("home", () -> shell.context().navigator().place().get() instanceof Place.Home);
        robot.clickOn("#tile-0");
        FxWait.until("the column", () -> robot.lookup("#column").tryQuery().isPresent());
        FxWait.until("a row", () -> robot.lookup(n -> "zcwj-2024-00052".equals(n.getUserData())).tryQuery()
                .isPresent());
        Node row = robot.lookup(n -> "zcwj-2024-00052".equals(n.getUserData())).query();
        FxWait.reveal(row);
        robot.clickOn(row);
        FxWait.until("the rating", () -> robot.lookup("#ratingYes").tryQuery().isPresent());
        FxWait.reveal(robot.lookup("#ratingYes").query());
        robot.clickOn("#ratingYes");
        FxWait.until("thanks", () -> robot.lookup("#ratingYes").tryQuery().isEmpty());
        search("优待");
        search("qqqxz");
        FxWait.until("all five actions logged", () -> usageRows() >= 5);

        String today = LocalDate.now(FeedDates.CHINA).toString();
        CommandRun stats = CommandRun.of("stats", "--since", today, "--csv", "--config", config.toString());
        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out().lines().skip(1).toList()).containsExactlyInAnyOrder(
                "column,,zcwj,,1",
                "view,zcwj-2024-00052,,,1",
                "rating_helpful,zcwj-2024-00052,,,1",
                "search,,,优待,1",
                "search_miss,,,qqqxz,1");
    }

    @Test
    @Order(9)
    void theUsageChartNamesCategoriesInTheChineseFont(FxRobot robot) {
        openPanel("#staffUsageTab");
        FxWait.until("the chart", () -> shown(robot, "#usageKinds"));
        String family = FxWait.onFx(() -> {
            var chart = robot.lookup("#usageKinds").queryAs(BarChart.class);
            chart.applyCss();
            return ((Axis<?>) chart.getYAxis()).getTickLabelFont().getFamily();
        });
        assertThat(family).isEqualTo("Noto Sans CJK SC"); // the default font has no hanzi: □□□□
    }

    @Test
    @Order(10)
    void aConfigEditRefusedWhileThePanelIsOpenSlidesInAndOpensManagement(FxRobot robot) {
        openPanel("#staffSyncTab");
        var problem = new ConfigProblem("layout.yaml", "tiles[0].target", "栏目 xyz 不存在");
        FxWait.onFx(() -> {
            shell.showConfigProblems(List.of(problem));
            return null;
        });
        var notices = FxWait.onFx(() -> (org.controlsfx.control.NotificationPane) shell.lookup("#staffNotices"));
        FxWait.until("the notice", notices::isShowing);
        assertThat(FxWait.onFx(notices::getText)).contains("1 处错误", problem.toString());
        Button show = FxWait.onFx(() -> robot.from(notices).lookup(".button")
                .match(n -> "查看".equals(((Button) n).getText())).queryAs(Button.class));
        FxWait.onFx(() -> {
            show.fire();
            return null;
        });
        FxWait.until("管理", () -> ((ToggleButton) shell.lookup("#staffAdminTab")).isSelected()
                && shell.lookup("#leaveZone") != null);
        assertThat(labels(robot, "#configNotice")).containsExactly(problem.toString());
        FxWait.onFx(() -> {
            shell.showConfigProblems(List.of()); // the edit is put right: the notice goes
            return null;
        });
        FxWait.until("no notice", () -> !notices.isShowing());
        assertThat(labels(robot, "#configNotice")).containsExactly("配置文件没有问题，修改后会自动生效。");
    }

    /** A search typed in, its results awaited, then left: the search screen logs a search when it is left. */
    void search(String query) {
        FxWait.onFx(() -> {
            shell.context().navigator().go(new Place.Search(query));
            return null;
        });
        FxWait.until("the search's results", () -> tasks.idle());
        FxWait.onFx(() -> {
            shell.context().navigator().home();
            return null;
        });
    }

    int usageRows() {
        return startup.mirror().read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM usage_events")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Whether the node and every parent of it are visible: what a person would see. */
    static boolean shown(FxRobot robot, String id) {
        return FxWait.onFx(() -> {
            for (Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    static List<String> styles(FxRobot robot, String id) {
        return FxWait.onFx(() -> List.copyOf(robot.lookup(id).query().getStyleClass()));
    }

    /** The health groups, each as its lines: heading, what to do, findings. */
    static List<List<String>> groups(FxRobot robot) {
        return FxWait.onFx(() -> robot.lookup("#healthGroups").queryAs(Pane.class).getChildren().stream()
                .filter(n -> n instanceof Pane).map(g -> ((Pane) g).getChildren().stream()
                        .map(n -> ((Label) n).getText()).toList()).toList());
    }

    static List<String> labels(FxRobot robot, String box) {
        return FxWait.onFx(() -> robot.lookup(box).queryAs(Pane.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList());
    }
}

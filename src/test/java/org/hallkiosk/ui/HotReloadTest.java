package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hallkiosk.config.FeedLayouts;
import org.hallkiosk.testing.TestFeed;
import org.hallkiosk.ui.staff.LiveConfig;
import org.hallkiosk.ui.staff.StaffTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing kiosk-config while the kiosk runs: a broken layout.yaml is refused (the running layout stays, staff
 * see file: field: message), then a good kiosk.yaml and layout.yaml are applied without a restart, once the
 * visit on screen has ended.
 */
@ExtendWith(ApplicationExtension.class)
class HotReloadTest {

    @TempDir
    static Path tmp;

    static SampleKiosk kiosk;
    Path config;
    Scene scene;
    LiveConfig live;

    @BeforeAll
    static void importSample() {
        kiosk = new SampleKiosk(tmp.resolve("data"));
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        config = tmp.resolve("kiosk-config-" + System.nanoTime());
        TestFeed.copyTree(Path.of("kiosk-config"), config);
        KioskShell shell = kiosk.shell(kiosk.layout());
        scene = new Scene(shell, 1280, 800);
        stage.setScene(scene);
        shell.applyTheme(shell);
        stage.show();
        live = new LiveConfig(config, scene, loaded -> {
            KioskShell s = TestShells.build(loaded.config().hallName(), loaded.layout(), kiosk.mirror(), kiosk.tasks,
                    loaded.notices());
            s.enableStaff(StaffTools.forKiosk(loaded.config(), kiosk.startup.sync(), () -> { }, new ArrayList<>()));
            s.applyTheme(s);
            return s;
        }, Duration.ofMillis(200));
    }

    @AfterEach
    void stopWatching() throws Exception {
        live.close();
    }

    KioskShell shell() {
        return FxWait.onFx(() -> (KioskShell) scene.getRoot());
    }

    void replace(String file, String from, String to) throws Exception {
        Path p = config.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** As KioskApp does after a sync that applied a publication carrying the layout of the kiosk's group. */
    @Test
    void aLayoutFromTheFeedForTheKiosksGroupIsAppliedAndABadOneKeepsTheLastGood() throws Exception {
        Path data = tmp.resolve("data");
        String local = Files.readString(config.resolve("layout.yaml"), StandardCharsets.UTF_8);
        String district = local.replace("attract:\n", "attract:\n  title: 区级服务站布局\n");
        Files.writeString(config.resolve("kiosk.yaml"), "\nlayout_group: district-halls\n",
                StandardOpenOption.APPEND);
        FxWait.until("the group's config applied", () -> scene.getRoot() instanceof KioskShell s
                && s.context().layout() != null && live != null);
        FeedLayouts.keep(data, 7, Map.of("district-halls",
                district.getBytes(StandardCharsets.UTF_8)));
        live.reloadNow();
        FxWait.until("the feed's layout", () -> shell().context().layout().attract().title().equals("区级服务站布局"));

        KioskShell good = shell();
        FeedLayouts.keep(data, 8, Map.of("district-halls",
                district.replace("number: \"12345\"", "number: 053166612345").getBytes(StandardCharsets.UTF_8)));
        live.reloadNow();
        FxWait.until("a new shell", () -> scene.getRoot() != good);
        assertThat(shell().context().layout().attract().title()).as("the last good layout stays")
                .isEqualTo("区级服务站布局");
        KioskShell kept = shell();
        FxWait.onFx(() -> {
            kept.context().navigator().home(); // staff see the notice at the bottom of the home screen
            return null;
        });
        FxWait.until("the staff notice", () -> kept.lookup("#staffNotice") != null
                && kept.lookup("#staffNotice").isVisible());
        assertThat(FxWait.onFx(() -> ((Label) ((HBox) kept.lookup("#staffNotice"))
                .getChildren().get(0)).getText())).contains("feed:district-halls/layout.yaml: hotlines[1].number");
        Files.deleteIfExists(data.resolve("feed-layouts/index.json")); // the next test's kiosk has no group layouts
    }

    @Test
    void aBrokenEditIsRefusedAndShownThenAGoodOneIsAppliedWhenTheVisitEnds(FxRobot robot) throws Exception {
        KioskShell running = shell();
        FxWait.onFx(() -> {
            running.context().navigator().home();
            return null;
        });
        replace("layout.yaml", "idle:\n  timeout_seconds: ", "idle:\n  timeout_seconds: -");

        FxWait.until("the staff notice", () -> running.lookup("#staffNotice").isVisible());
        assertThat(FxWait.onFx(() -> ((Label) ((HBox) running.lookup("#staffNotice"))
                .getChildren().get(0)).getText())).contains("layout.yaml: idle.timeout_seconds:");
        assertThat(shell()).isSameAs(running);
        assertThat(robot.lookup("#tile-0").tryQuery()).isPresent(); // the running layout stays
        FxWait.onFx(() -> {
            running.context().navigator().go(new Place.Staff());
            running.applyCss(); // the tabs are a SegmentedButton's: in the scene once its skin is made
            ((ToggleButton) running.lookup("#staffAdminTab")).fire();
            return null;
        });
        assertThat(configNotice(robot)).anyMatch(l -> l.startsWith("layout.yaml: idle.timeout_seconds:"));

        replace("layout.yaml", "idle:\n  timeout_seconds: -", "idle:\n  timeout_seconds: ");
        replace("kiosk.yaml", "hall_name: 济南市退役军人服务大厅", "hall_name: 历下区退役军人服务站");
        FxWait.until("the notice cleared", () -> configNotice(robot).stream().noneMatch(l -> l.contains("yaml:")));
        assertThat(shell()).as("not while the staff panel is in use").isSameAs(running);

        FxWait.onFx(() -> {
            running.context().navigator().reset();
            return null;
        });
        FxWait.until("a new shell", () -> scene.getRoot() != running);
        assertThat(shell().context().hallName()).isEqualTo("历下区退役军人服务站");
        FxWait.until("the new hall name on the attract screen", () -> robot.lookup(".hall").tryQuery()
                .map(n -> ((Label) n).getText()).orElse("").equals("历下区退役军人服务站"));
    }

    @Test
    void aReplacedShellIsDisposedAndLetGo() throws Exception {
        WeakReference<KioskShell> old = new WeakReference<>(shell());
        assertThat(FxWait.onFx(() -> old.get().context().navigator().place().get())).isInstanceOf(Place.Attract.class);
        replace("kiosk.yaml", "hall_name: 济南市退役军人服务大厅", "hall_name: 历下区退役军人服务站");
        FxWait.until("a new shell", () -> scene.getRoot() != old.get());
        // The attract screen's rotation and the idle guard ran on the toolkit's pulse: undisposed, they would
        // hold the old shell for as long as the kiosk runs.
        for (int i = 0; i < 50 && old.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(old.get()).as("the replaced shell is collected").isNull();
    }

    private static List<String> configNotice(FxRobot robot) {
        return FxWait.onFx(() -> robot.lookup("#configNotice").queryAs(VBox.class).getChildren()
                .stream().map(n -> ((Label) n).getText()).toList());
    }
}

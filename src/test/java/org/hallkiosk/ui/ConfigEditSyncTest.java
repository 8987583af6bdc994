package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.sync.ScheduledSync;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.testing.TestFeed;
import org.hallkiosk.ui.staff.LiveConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 12: a config edit applies to the next sync at once. With a visitor on screen (so the new shell waits for
 * the visit to end), an edit of kiosk.yaml's feed.url, key and sync interval is used by the schedule and by
 * 立即同步 straight away, wired as the kiosk wires it (LiveConfig's at-once step into ScheduledSync); a broken
 * edit changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ConfigEditSyncTest {

    @TempDir
    Path tmp;

    SampleKiosk kiosk;
    Path config;
    Scene scene;
    ScheduledSync scheduled;
    LiveConfig live;

    @Start
    void start(Stage stage) throws Exception {
        kiosk = new SampleKiosk(tmp.resolve("data"));
        config = tmp.resolve("kiosk-config");
        TestFeed.copyTree(Path.of("kiosk-config"), config);
        scheduled = new ScheduledSync(kiosk.startup.sync(), ConfigLoader.load(config), report -> { });
        scheduled.start();
        KioskShell shell = kiosk.shell(kiosk.layout());
        scene = new Scene(shell, 1280, 800);
        stage.setScene(scene);
        stage.show();
        live = new LiveConfig(config, scene, loaded -> TestShells.build(loaded.config().hallName(), loaded.layout(),
                kiosk.mirror(), kiosk.tasks, List.of()), loaded -> scheduled.apply(loaded.config()),
                Duration.ofMillis(200));
    }

    @AfterEach
    void stop() throws Exception {
        live.close();
        scheduled.close();
        kiosk.close();
    }

    @Test
    void anEditedFeedAndIntervalAreUsedByTheNextSyncWhileAVisitGoesOn() throws Exception {
        KioskShell visited = FxWait.onFx(() -> {
            KioskShell s = (KioskShell) scene.getRoot();
            s.context().navigator().home(); // a visitor is using the kiosk: the screens do not change under them
            return s;
        });
        assertThat(scheduled.scheduler().interval()).isEqualTo(Duration.ofMinutes(60));
        TestFeed bureau = TestFeed.fromSample(tmp.resolve("bureau")); // another address, another key
        bureau.publish(7);
        Path yaml = config.resolve("kiosk.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);

        // a broken edit (an interval of 0) is refused: the schedule stays as it was
        Files.writeString(yaml, text.replace("sync_interval_minutes: 60", "sync_interval_minutes: 0"),
                StandardCharsets.UTF_8);
        FxWait.until("the refused edit shown to staff", () -> visited.lookup("#staffNotice").isVisible());
        assertThat(scheduled.scheduler().interval()).isEqualTo(Duration.ofMinutes(60));

        Files.writeString(config.resolve("feed-public-key.pem"), bureau.publicKeyPem(), StandardCharsets.US_ASCII);
        Files.writeString(yaml, text.replace("sync_interval_minutes: 60", "sync_interval_minutes: 5")
                .replace("sync_jitter_minutes: 10", "sync_jitter_minutes: 0")
                .replace("url: builtin:sample-feed", "url: \"" + bureau.dir().toAbsolutePath() + "\""),
                StandardCharsets.UTF_8);
        FxWait.until("the edited interval in force", () -> scheduled.scheduler().interval().equals(Duration.ofMinutes(5)));
        Instant due = scheduled.nextRun().orElseThrow();
        assertThat(due).as("the next sync within the new 5 minutes, not the old hour")
                .isBefore(Instant.now().plus(Duration.ofMinutes(5)).plusSeconds(1));
        assertThat(scene.getRoot()).as("the visit goes on in the same shell").isSameAs(visited);

        var report = kiosk.startup.sync().sync(null, SyncService.TRIGGER_MANUAL, p -> { }, () -> false);
        assertThat(report.outcome()).as(String.valueOf(report.reason())).isEqualTo(SyncOutcome.APPLIED);
        assertThat(kiosk.mirror().items().sequence()).isEqualTo(7);
        assertThat(kiosk.mirror().history().recent(1).get(0).source()).contains("bureau");
    }
}

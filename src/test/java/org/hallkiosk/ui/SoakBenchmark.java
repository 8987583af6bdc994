package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The soak run: 20,000 random visitor actions on the real screens (headless), a sync every 300 actions
 * alternating between two publications, a hot reload every 500 (a kiosk.yaml edit that {@link SoakReloads} has
 * the kiosk's LiveConfig apply), the heap after GC every 1,000 actions and its slope after warm-up, and how
 * many of the replaced shells the collector took. Run with {@code mvn -B -Pbench verify -Dtest=SoakBenchmark}
 * ({@code -Dsoak.actions=N}, {@code -Dsoak.reloadEvery=N}).
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class SoakBenchmark {

    static final int ACTIONS = Integer.getInteger("soak.actions", 20_000);
    static final int RELOAD_EVERY = Integer.getInteger("soak.reloadEvery", 500);

    @TempDir
    static Path tmp;

    static VisitorSoak soak;
    static SoakReloads reloads;
    Scene scene;

    @BeforeAll
    static void publish() throws Exception {
        soak = new VisitorSoak(tmp);
        reloads = soak.hotReloads();
    }

    @AfterAll
    static void close() throws Exception {
        reloads.close();
        soak.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        scene = VisitorSoak.place(stage, reloads.firstShell());
        reloads.watch(scene);
    }

    @Test
    void twentyThousandActions() throws Exception {
        VisitorSoak.Result r = soak.run(scene, ACTIONS, 300, reloads, RELOAD_EVERY, 2026, System.out);
        VisitorSoak.print(r, System.out);
        assertThat(r.exceptions()).isZero();
        assertThat(r.backgroundFailures()).isZero();
        assertThat(r.reloads().edits()).isEqualTo(ACTIONS / RELOAD_EVERY);
        assertThat(r.reloads().oldShells()).isEqualTo(r.reloads().edits());
        assertThat(r.reloads().collected()).as("old shells the collector took").isEqualTo(r.reloads().oldShells());
        assertThat(r.integrity()).isEqualTo("ok");
        assertThat(r.items()).isEqualTo(r.publishedItems());
    }
}

package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
 * alternating between two publications, the heap after GC every 1,000 actions and its slope after warm-up.
 * Run with {@code mvn -B -Pbench verify -Dtest=SoakBenchmark} ({@code -Dsoak.actions=N}).
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class SoakBenchmark {

    static final int ACTIONS = Integer.getInteger("soak.actions", 20_000);

    @TempDir
    static Path tmp;

    static VisitorSoak soak;
    KioskShell shell;

    @BeforeAll
    static void publish() throws Exception {
        soak = new VisitorSoak(tmp);
    }

    @AfterAll
    static void close() {
        soak.close();
    }

    @Start
    void start(Stage stage) {
        shell = TestShells.build("济南市退役军人服务大厅", soak.layout, soak.mirror, soak.tasks, List.of());
        VisitorSoak.place(stage, shell);
    }

    @Test
    void twentyThousandActions() throws Exception {
        VisitorSoak.Result r = soak.run(shell, ACTIONS, 300, 2026, System.out);
        VisitorSoak.print(r, System.out);
        assertThat(r.exceptions()).isZero();
        assertThat(r.integrity()).isEqualTo("ok");
        assertThat(r.items()).isEqualTo(r.publishedItems());
    }
}

package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A short soak in every build: 500 random visitor actions and two syncs, no exception, the mirror whole. */
@ExtendWith(ApplicationExtension.class)
class SoakTest {

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
    void fiveHundredActionsLeaveNoExceptionAndAWholeMirror() throws Exception {
        VisitorSoak.Result r = soak.run(shell, 500, 200, 7, System.out);
        VisitorSoak.print(r, System.out);
        assertThat(r.exceptions()).isZero();
        assertThat(r.syncs()).isEqualTo(2);
        assertThat(r.failedSyncs()).isZero();
        assertThat(r.integrity()).isEqualTo("ok");
        assertThat(r.items()).isEqualTo(r.publishedItems());
    }
}

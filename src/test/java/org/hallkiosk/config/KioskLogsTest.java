package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log files the staff panel reads its latest errors from. */
class KioskLogsTest {

    @TempDir
    Path tmp;

    @AfterEach
    void detach() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof FileHandler) {
                root.removeHandler(h);
                h.close();
            }
        }
    }

    @Test
    void warningsAndErrorsReachTheFileOneLineEachAndTheLatestAreReadBack() throws Exception {
        KioskLogs.install(tmp);
        System.Logger log = System.getLogger("org.hallkiosk.test");
        log.log(System.Logger.Level.INFO, "started");
        for (int i = 0; i < 5; i++) {
            log.log(System.Logger.Level.WARNING, "warning " + i);
        }
        log.log(System.Logger.Level.ERROR, "sync failed", new IllegalStateException("disk\nfull"));
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        assertThat(Files.readAllLines(tmp.resolve("logs/kiosk-0.log")))
                .anyMatch(l -> l.contains("INFO") && l.contains("started"));
        assertThat(KioskLogs.latestProblems(tmp, 3)).hasSize(3).last().asString()
                .contains("SEVERE").contains("sync failed").contains("IllegalStateException: disk full");
    }
}

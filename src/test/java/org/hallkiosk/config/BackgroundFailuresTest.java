package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A background failure reaches staff's latest errors and the soak's count, without what a visitor typed. */
class BackgroundFailuresTest {

    @TempDir
    Path data;

    @Test
    void aFailureIsOneSevereLineInTheLatestErrorsAndCountedLikeTheSoakCounts() throws Exception {
        AtomicInteger severe = new AtomicInteger();
        Handler soakCounter = new Handler() { // as VisitorSoak counts
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    severe.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(soakCounter);
        KioskLogs.install(data);
        try {
            BackgroundFailures.report("search", new IllegalStateException("搜索 优待证 失败"));
            BackgroundFailures.report("read aloud", "espeak-ng exited with 1");
            for (Handler h : root.getHandlers()) {
                h.flush();
            }
            assertThat(KioskLogs.latestProblems(data, 5)).hasSize(2)
                    .anySatisfy(l -> assertThat(l).contains("SEVERE", "\"search\"", "IllegalStateException",
                            "BackgroundFailuresTest").doesNotContain("优待证"))
                    .anySatisfy(l -> assertThat(l).contains("\"read aloud\"", "espeak-ng exited with 1"));
            assertThat(severe.get()).isEqualTo(2);
        } finally {
            root.removeHandler(soakCounter);
            for (Handler h : root.getHandlers()) {
                if (h instanceof FileHandler) {
                    root.removeHandler(h);
                    h.close();
                }
            }
        }
    }
}

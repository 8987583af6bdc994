package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Uncaught exceptions reach the log without what a visitor typed. */
class UncaughtLoggingTest {

    @Test
    void anUncaughtExceptionOfAThreadIsLoggedAsSevereWithoutItsMessage() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        UncaughtLogging.LOG.addHandler(catcher);
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        try {
            UncaughtLogging.install();
            Thread t = new Thread(() -> {
                throw new IllegalStateException("搜索 优待证 失败", new RuntimeException("身份证 370102"));
            }, "visitor-work");
            t.start();
            t.join();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
            UncaughtLogging.LOG.removeHandler(catcher);
        }
        assertThat(records).hasSize(1);
        String line = new KioskLogs.OneLine().format(records.get(0));
        assertThat(line).contains("SEVERE", "visitor-work", "IllegalStateException", "caused by " + "java.lang.RuntimeException",
                "UncaughtLoggingTest").doesNotContain("优待证", "370102");
    }
}

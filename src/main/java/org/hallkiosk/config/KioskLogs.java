package org.hallkiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The kiosk's log: rotating files {@code data/logs/kiosk-0.log} (newest) to {@code kiosk-4.log}, 2 MiB each,
 * one line a record. Nothing a visitor types or reads is logged; the anonymous usage counts live in the mirror.
 */
public final class KioskLogs {

    public static final String DIR = "logs";
    static final int FILE_LIMIT = 2 * 1024 * 1024;
    static final int FILE_COUNT = 5;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private KioskLogs() {
    }

    /** Sends the JDK's logging (and so System.Logger) to the rotating files. Safe to call more than once. */
    public static synchronized void install(Path dataDir) throws IOException {
        Path dir = PrivateFiles.privateFolder(dataDir.resolve(DIR));
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof FileHandler) {
                root.removeHandler(h);
                h.close();
            }
        }
        FileHandler file = new FileHandler(dir.resolve("kiosk-%g.log").toString(), FILE_LIMIT, FILE_COUNT, true);
        try (var logs = Files.list(dir)) {
            logs.forEach(PrivateFiles::restrict);
        }
        file.setEncoding(StandardCharsets.UTF_8.name());
        file.setFormatter(new OneLine());
        file.setLevel(Level.INFO);
        root.addHandler(file);
    }

    /** The newest {@code max} warnings and errors of the current log file, newest last, for the staff panel. */
    public static List<String> latestProblems(Path dataDir, int max) throws IOException {
        Path current = dataDir.resolve(DIR).resolve("kiosk-0.log");
        if (!Files.isRegularFile(current)) {
            return List.of();
        }
        Deque<String> last = new ArrayDeque<>();
        for (String line : Files.readAllLines(current, StandardCharsets.UTF_8)) {
            if (line.contains(" SEVERE ") || line.contains(" WARNING ")) {
                last.addLast(line);
                if (last.size() > max) {
                    last.removeFirst();
                }
            }
        }
        return List.copyOf(last);
    }

    /** {@code 2026-01-01 08:00:00 WARNING logger: message | exception} on one line, so it greps and rotates well. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder(TIME.format(Instant.ofEpochMilli(r.getMillis())))
                    .append(' ').append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r).replace('\n', ' '));
            Throwable t = r.getThrown();
            while (t != null) {
                line.append(" | ").append(String.valueOf(t).replace('\n', ' '))
                        .append(t.getStackTrace().length > 0 ? " at " + t.getStackTrace()[0] : "");
                t = t.getCause();
            }
            return line.append(System.lineSeparator()).toString();
        }
    }
}

package org.hallkiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When the kiosk started and whether it stopped cleanly, in {@code data/runs.log}. A start that follows a
 * run that did not stop cleanly is a restart after a crash (go straight to the home screen); three starts
 * within a minute without a clean stop is a crash loop (show 暂停服务 instead of failing again).
 */
public final class RunHistory {

    public static final String FILE = "runs.log";
    static final int CRASH_LOOP_STARTS = 3;
    static final Duration CRASH_LOOP_WINDOW = Duration.ofMinutes(1);
    private static final int KEEP_LINES = 50;

    private final Path file;

    public RunHistory(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /** How this start relates to the runs before it. */
    public enum StartKind { NORMAL, AFTER_CRASH, CRASH_LOOP }

    /** Records a start at {@code now} and says what kind of start it is. */
    public synchronized StartKind recordStart(Instant now) throws IOException {
        List<String> lines = read();
        boolean previousCrashed = !lines.isEmpty() && lines.get(lines.size() - 1).startsWith("start ");
        int recentStarts = 1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.startsWith("stop ")) {
                break;
            }
            if (line.startsWith("start ") && !Instant.parse(line.substring(6)).isBefore(now.minus(CRASH_LOOP_WINDOW))) {
                recentStarts++;
            }
        }
        lines.add("start " + now);
        write(lines);
        if (recentStarts >= CRASH_LOOP_STARTS) {
            return StartKind.CRASH_LOOP;
        }
        return previousCrashed ? StartKind.AFTER_CRASH : StartKind.NORMAL;
    }

    /** Records a clean stop (staff left the kiosk, or the machine shuts down in order). */
    public synchronized void recordStop(Instant now) throws IOException {
        List<String> lines = read();
        lines.add("stop " + now);
        write(lines);
    }

    private List<String> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return new ArrayList<>();
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.matches("(start|stop) \\S+")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private void write(List<String> lines) throws IOException {
        List<String> keep = lines.subList(Math.max(0, lines.size() - KEEP_LINES), lines.size());
        Files.createDirectories(file.getParent());
        Files.write(file, keep, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    }
}

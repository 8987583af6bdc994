package org.hallkiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.config.RunHistory;
import org.hallkiosk.testing.ChildJvm;
import org.hallkiosk.testing.TestFeed;
import org.hallkiosk.ui.KioskStartup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start, each run in a fresh JVM (Monocle headless): from the process start until the screen is shown,
 * laid out and takes input, for the kiosk's home screen (a restart after a crash), its attract screen (a
 * normal start), and a bare JavaFX window with one label launched the same way. The mirror is already
 * synced. Prints median and range, and the ratios to the bare window (aim: under 1.5x).
 * Run with {@code mvn -B -Pbench verify -Dtest=StartupBenchmark} ({@code -Dbench.runs=N}).
 */
@Tag("bench")
class StartupBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 7);

    @TempDir
    Path home;

    @Test
    void coldStartAgainstABareWindow() throws Exception {
        TestFeed.copyTree(Path.of("kiosk-config"), home.resolve(KioskHome.CONFIG_FOLDER));
        KioskStartup synced = KioskStartup.open(home.resolve(KioskHome.CONFIG_FOLDER), null); // imports the sample
        Path data = synced.config().dataDir();
        synced.mirror().close();

        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (String mode : List.of("bare", "home", "attract")) {
            times.put(mode, new ArrayList<>());
        }
        for (int run = 0; run < RUNS + 1; run++) {
            for (String mode : times.keySet()) {
                Path runs = data.resolve(RunHistory.FILE);
                Files.deleteIfExists(runs);
                if (mode.equals("home")) { // a run that did not stop: this start is a restart after a crash
                    Files.writeString(runs, "start " + Instant.now().minusSeconds(120) + "\n");
                }
                long ms = startOnce(mode);
                if (run > 0) { // the first round warms the disk cache only
                    times.get(mode).add(ms);
                }
            }
        }
        double bare = median(times.get("bare"));
        System.out.printf("cold start to a screen that takes input, %d fresh JVMs each (Monocle headless):%n", RUNS);
        for (var e : times.entrySet()) {
            List<Long> t = e.getValue().stream().sorted().toList();
            System.out.printf("  %-8s median %5.0f ms  range %d–%d ms  ratio to bare %.2fx%n", e.getKey(),
                    median(t), t.get(0), t.get(t.size() - 1), median(t) / bare);
        }
        assertThat(times.get("home")).hasSize(RUNS);
    }

    long startOnce(String mode) throws Exception {
        List<String> command = mode.equals("bare")
                ? ChildJvm.commandFor(StartupProbe.class.getName(), ChildJvm.HEADLESS_FX, "bare")
                : ChildJvm.commandFor(StartupProbe.class.getName(), ChildJvm.HEADLESS_FX, "kiosk", mode);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put(KioskHome.ENV, home.toString());
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("shown-ms ")) {
                    return Long.parseLong(line.substring(9).trim());
                }
            }
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        throw new AssertionError(mode + ": the probe printed no time");
    }

    static double median(List<Long> values) {
        List<Long> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }
}

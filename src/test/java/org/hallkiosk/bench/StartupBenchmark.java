package org.hallkiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.config.RunHistory;
import org.hallkiosk.testing.ChildJvm;
import org.hallkiosk.testing.TestFeed;
import org.hallkiosk.ui.KioskStartup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start, each run in a fresh JVM (Monocle headless): from starting the process until the screen is shown,
 * laid out and takes input, for the kiosk's home screen (a restart after a crash), its attract screen (a
 * normal start), and a bare JavaFX window with one label launched the same way. The mirror is already
 * synced. Prints median and range, and the ratios to the bare window (aims: attract 1.3x, home 1.5x).
 *
 * <p>How each side starts. With the app image built from this jar ({@code -Pdist}, target/dist/hall-kiosk):
 * the kiosk as its launcher starts it, the image's runtime with the JVM options of its app/hall-kiosk.cfg
 * (AppCDS: the kiosk's archive on top of the runtime's), through the jar's command line ({@code run}); the
 * bare window with the same runtime and options but without the kiosk's archive, so on the runtime's default
 * CDS archive, as any JavaFX program gets it. A third row, bare-cds, gives the bare window an archive of its
 * own, trained the same way, to show what the floor could get. Without a current image: both from the build's
 * class folders on the JDK's default CDS, and the output says so. In every case the probe's two classes come
 * from a small jar after the application's.
 * Run with {@code mvn -B -Pdist,bench verify -Dtest=StartupBenchmark} ({@code -Dbench.runs=N}).
 */
@Tag("bench")
class StartupBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 7);
    static final Path IMAGE = Path.of("target/dist/hall-kiosk");
    static final String SHOWN = "shown-at-epoch-ms ";

    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void coldStartAgainstABareWindow() throws Exception {
        TestFeed.copyTree(Path.of("kiosk-config"), home.resolve(KioskHome.CONFIG_FOLDER));
        KioskStartup synced = KioskStartup.open(home.resolve(KioskHome.CONFIG_FOLDER), null); // imports the sample
        Path data = synced.config().dataDir();
        synced.mirror().close();

        Launch launch = Launch.find(work);
        System.out.println("start-up benchmark: " + launch.describe());
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (String mode : launch.modes()) {
            times.put(mode, new ArrayList<>());
        }
        if (times.containsKey("bare-cds")) { // the bare window's own archive: one training start
            startOnce(launch.command("bare-train"));
        }
        for (int run = 0; run < RUNS + 1; run++) {
            for (String mode : times.keySet()) {
                Path runs = data.resolve(RunHistory.FILE);
                Files.deleteIfExists(runs);
                if (mode.equals("home")) { // a run that did not stop: this start is a restart after a crash
                    Files.writeString(runs, "start " + Instant.now().minusSeconds(120) + "\n");
                }
                long ms = startOnce(launch.command(mode));
                if (run > 0) { // the first round warms the disk cache only
                    times.get(mode).add(ms);
                }
            }
        }
        double bare = median(times.get("bare"));
        System.out.printf("cold start to a screen that takes input, %d fresh JVMs each (Monocle headless):%n", RUNS);
        for (var e : times.entrySet()) {
            List<Long> t = e.getValue().stream().sorted().toList();
            System.out.printf("  %-8s median %5.0f ms  range %d–%d ms  ratio to bare %.2fx%s%n", e.getKey(),
                    median(t), t.get(0), t.get(t.size() - 1), median(t) / bare,
                    times.containsKey("bare-cds") && !e.getKey().startsWith("bare")
                            ? String.format("  (to bare-cds %.2fx)", median(t) / median(times.get("bare-cds"))) : "");
        }
        assertThat(times.get("home")).hasSize(RUNS);
    }

    long startOnce(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put(KioskHome.ENV, home.toString());
        long started = System.currentTimeMillis(); // the probe prints the same clock when its screen is up
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(SHOWN)) {
                    return Long.parseLong(line.substring(SHOWN.length()).trim()) - started;
                }
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        throw new AssertionError(String.join(" ", command) + ": the probe printed no time");
    }

    static double median(List<Long> values) {
        List<Long> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    /** How the runs start: from the app image as its launcher does, or from the class folders. */
    record Launch(Path java, List<String> options, String classPath, Path bareArchive, String why) {

        static Launch find(Path work) throws IOException {
            Path cfg = IMAGE.resolve("lib/app/hall-kiosk.cfg");
            Path jar = IMAGE.resolve("lib/app/hall-kiosk.jar");
            Path java = IMAGE.resolve("lib/runtime/bin/java");
            if (!Files.isRegularFile(cfg) || !Files.isExecutable(java)) {
                return classFolders("no app image in " + IMAGE + " (build it with -Pdist)");
            }
            if (!sameEntries(jar, Path.of("target/hall-kiosk.jar"))) {
                return classFolders("the app image in " + IMAGE + " holds another jar than target/hall-kiosk.jar");
            }
            Path app = IMAGE.resolve("lib/app").toAbsolutePath();
            List<String> options = new ArrayList<>();
            boolean inOptions = false;
            for (String line : Files.readAllLines(cfg)) {
                if (line.startsWith("[")) {
                    inOptions = line.equals("[JavaOptions]");
                } else if (inOptions && line.startsWith("java-options=")) {
                    options.add(line.substring("java-options=".length()).replace("$APPDIR", app.toString()));
                }
            }
            String classPath = app.resolve("hall-kiosk.jar") + ":" + probeJar(work);
            return new Launch(java.toAbsolutePath(), options, classPath, work.resolve("bare.jsa"),
                    "app image " + IMAGE + ", its runtime and launcher options " + options
                            + (Files.isRegularFile(app.resolve("hall-kiosk.jsa")) ? ""
                            : " (its archive app/hall-kiosk.jsa is MISSING: the kiosk runs without it)")
                            + "; bare: the same without the kiosk's archive (the runtime's default CDS)");
        }

        static Launch classFolders(String why) {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            return new Launch(Path.of(System.getProperty("java.home"), "bin", "java"),
                    List.of("-Xmx512m", "-Dfile.encoding=UTF-8"), classPath, null,
                    why + ": kiosk and bare from the class folders, both on the JDK's default CDS");
        }

        String describe() {
            return why;
        }

        List<String> modes() {
            return bareArchive == null ? List.of("bare", "home", "attract") : List.of("bare", "bare-cds", "home", "attract");
        }

        List<String> command(String mode) {
            List<String> command = new ArrayList<>(List.of(java.toString()));
            boolean bare = mode.startsWith("bare");
            for (String o : options) {
                if (!bare || !(o.startsWith("-XX:SharedArchiveFile=") || o.startsWith("-Dhallkiosk.cds="))) {
                    command.add(o);
                }
            }
            if (mode.equals("bare-train")) {
                command.add("-XX:ArchiveClassesAtExit=" + bareArchive);
            } else if (mode.equals("bare-cds")) {
                command.add("-XX:SharedArchiveFile=" + bareArchive);
            }
            command.addAll(List.of("-cp", classPath));
            command.addAll(ChildJvm.HEADLESS_FX);
            command.add(StartupProbe.class.getName());
            command.addAll(bare ? List.of("bare") : List.of("kiosk", mode));
            return command;
        }

        /** The probe's classes in a jar of their own: CDS takes no class folders, and they come after the app's. */
        static Path probeJar(Path work) throws IOException {
            Path jar = work.resolve("startup-probe.jar");
            Path classes = Path.of("target/test-classes");
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                 Stream<Path> probe = Files.list(classes.resolve("org/hallkiosk/bench"))) {
                for (Path c : probe.filter(p -> p.getFileName().toString().startsWith("StartupProbe")).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(c));
                    out.closeEntry();
                }
            }
            return jar.toAbsolutePath();
        }

        /** Whether two jars hold the same entries with the same contents (their times aside). */
        static boolean sameEntries(Path a, Path b) throws IOException {
            if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) {
                return false;
            }
            return crcs(a).equals(crcs(b));
        }

        private static Map<String, Long> crcs(Path jar) throws IOException {
            Map<String, Long> crcs = new HashMap<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    crcs.put(entry.getName(), entry.getCrc());
                }
            }
            return crcs;
        }
    }
}

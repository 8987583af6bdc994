package org.hallkiosk.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the kiosk's command line in a new JVM, as {@code java -jar hall-kiosk.jar ARGS} would: for what a
 * fresh process does differently (nothing loaded yet) and for killing a process mid-way.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(Path stdout, Path stderr, String... args) throws IOException {
        return new ProcessBuilder(command(List.of("-Djava.awt.headless=true"), args))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }

    /** {@code java [jvmOptions] org.hallkiosk.Launcher [args]} on the test class path. */
    public static List<String> command(List<String> jvmOptions, String... args) {
        return commandFor("org.hallkiosk.Launcher", jvmOptions, args);
    }

    /** {@code java [jvmOptions] mainClass [args]} on the test class path. */
    public static List<String> commandFor(String mainClass, List<String> jvmOptions, String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // 768m: preview-layout holds full-size snapshots of 21 screens while the handwriting model and
                // the glyph shapes (34 MB) load after the first paint; 512m ran out beside them
                "-cp", classPath, "-Xmx768m", "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** JVM options that run the kiosk with no display (Monocle headless, software rendering, a window). */
    public static final List<String> HEADLESS_FX = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dheadless.geometry=1280x800-32", "-Djava.awt.headless=true",
            "-Dhallkiosk.windowed=true"); // Monocle cannot go full screen
}

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
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Xmx512m", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "org.hallkiosk.Launcher"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }
}

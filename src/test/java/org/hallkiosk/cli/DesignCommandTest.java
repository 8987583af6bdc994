package org.hallkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.testing.ChildJvm;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The design command without a display: one line, in Chinese and English, with a way to see a layout anyway. */
class DesignCommandTest {

    @TempDir
    Path tmp;

    @Test
    void withoutADisplayTheDesignerSaysSoInOneLine() throws Exception {
        Path config = tmp.resolve("kiosk-config");
        TestFeed.copyTree(Path.of("kiosk-config"), config);
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(List.of(), "design", config.toString()));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("HALL_KIOSK_HOME", tmp.toString());
        Path err = tmp.resolve("err.txt");
        pb.redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the child ended").isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err, StandardCharsets.UTF_8).lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("布局设计器", "No display", "preview-layout"));
        assertThat(tmp.resolve("data")).doesNotExist();
    }
}

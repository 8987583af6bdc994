package org.hallkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.hallkiosk.testing.ChildJvm;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** preview-layout in a process of its own (JavaFX starts once a process): a PNG of home, or the problems. */
class PreviewLayoutCommandTest {

    @TempDir
    Path tmp;

    @Test
    void rendersTheHomeScreenOfAFolderWithoutTouchingItsDataAndRefusesABrokenOne() throws Exception {
        Path config = tmp.resolve("kiosk-config");
        TestFeed.copyTree(Path.of("kiosk-config"), config);
        Path kioskYaml = config.resolve("kiosk.yaml");
        Files.writeString(kioskYaml, Files.readString(kioskYaml, StandardCharsets.UTF_8)
                .replace("data_dir: data", "data_dir: running-data"), StandardCharsets.UTF_8);
        Path png = tmp.resolve("home.png");

        Process p = ChildJvm.start(tmp.resolve("out"), tmp.resolve("err"), "preview-layout", config.toString(),
                png.toString(), "--size", "1280x800");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("err"))).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        int blueTile = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                blueTile += (image.getRGB(x, y) & 0xffffff) == 0x1d5ba0 ? 1 : 0;
            }
        }
        assertThat(blueTile).as("the first tile's blue").isGreaterThan(500);
        assertThat(tmp.resolve("running-data")).doesNotExist();

        Path layout = config.resolve("layout.yaml");
        Files.writeString(layout, Files.readString(layout, StandardCharsets.UTF_8)
                .replace("timeout_seconds: 120", "timeout_seconds: -1"), StandardCharsets.UTF_8);
        Path broken = tmp.resolve("broken.png");
        Process q = ChildJvm.start(tmp.resolve("out2"), tmp.resolve("err2"), "preview-layout", config.toString(),
                broken.toString());
        assertThat(q.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(q.exitValue()).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("err2"))).contains("layout.yaml: idle.timeout_seconds:");
        assertThat(broken).doesNotExist();
    }
}

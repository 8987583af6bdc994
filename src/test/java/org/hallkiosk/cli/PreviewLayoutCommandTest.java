package org.hallkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.testing.ChildJvm;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.TestFeed;
import org.hallkiosk.ui.ContactSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * preview-layout in a process of its own (JavaFX starts once a process): every visitor screen of a config
 * folder in every look on one contact sheet at the config's screen size, or the folder's problems and no PNG.
 */
class PreviewLayoutCommandTest {

    static final List<String> SCREENS = List.of("待机屏", "首页", "栏目“政策文件”", "政策文件“", "办事指南“退役军人和其他优抚对象",
            "搜索“烈士”", "搜索无结果“qqqxz”");
    static final List<String> LOOKS = List.of("标准字号 · 标准配色", "长辈模式 · 标准配色", "标准字号 · 高对比度");

    @TempDir
    Path tmp;

    @Test
    void rendersEveryVisitorScreenInEveryLookAtTheConfigsSizeWithoutTouchingItsData() throws Exception {
        Path config = tmp.resolve("kiosk-config");
        TestFeed.copyTree(Path.of("kiosk-config"), config);
        Path kioskYaml = config.resolve("kiosk.yaml");
        Files.writeString(kioskYaml, Files.readString(kioskYaml, StandardCharsets.UTF_8)
                .replace("data_dir: data", "data_dir: running-data")
                .replace("screen_size: 1920x1080", "screen_size: 1080x1920"), StandardCharsets.UTF_8);
        Path png = tmp.resolve("sheet.png");

        Process p = ChildJvm.start(tmp.resolve("out"), tmp.resolve("err"), "preview-layout", config.toString(),
                png.toString());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("err"))).isZero();
        assertThat(Files.readString(tmp.resolve("out"))).contains("21 个画面，每个 1080×1920");
        assertThat(tmp.resolve("running-data")).doesNotExist();

        BufferedImage sheet = ImageIO.read(png.toFile());
        List<ContactSheet.Cell> cells = ContactSheet.cells(png);
        assertThat(cells).hasSize(SCREENS.size() * LOOKS.size());
        for (String screen : SCREENS) {
            for (String look : LOOKS) {
                assertThat(cells).as(screen + " · " + look).filteredOn(c -> c.caption().startsWith(screen)
                        && c.caption().endsWith(look)).hasSize(1);
            }
        }
        // Portrait screens at the sheet's scale, one row a look and one column a screen, inside the image
        long rows = cells.stream().mapToInt(ContactSheet.Cell::y).distinct().count();
        long columns = cells.stream().mapToInt(ContactSheet.Cell::x).distinct().count();
        assertThat(rows).isEqualTo(LOOKS.size());
        assertThat(columns).isEqualTo(SCREENS.size());
        for (ContactSheet.Cell c : cells) {
            assertThat(c.width()).isEqualTo(405);
            assertThat(c.height()).isEqualTo(720);
            assertThat(c.x() + c.width()).isLessThanOrEqualTo(sheet.getWidth());
            assertThat(c.y() + c.height()).isLessThanOrEqualTo(sheet.getHeight());
            assertThat(colours(sheet, c.x(), c.y(), c.width(), c.height()))
                    .as("a rendered screen, not an empty cell: " + c.caption()).isGreaterThan(20);
            // the sheet's background left of each cell: cells are apart, not drawn over each other
            assertThat(sheet.getRGB(c.x() - 2, c.y() + c.height() / 2) & 0xffffff).isEqualTo(ContactSheet.BACKGROUND);
        }
        assertThat(sheet.getWidth()).isGreaterThanOrEqualTo(7 * 405).isLessThan(7 * 405 + 400);
        assertThat(sheet.getHeight()).isGreaterThanOrEqualTo(3 * 720).isLessThan(3 * 720 + 500);
    }

    @Test
    void withDataItShowsThatKiosksContentAndLeavesItsFolderAsItWas() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("feed"));
        var guide = feed.readItem("bszn-ydz-sl");
        guide.put("title", "本馆自己的优待证指南");
        feed.putItem(guide);
        feed.publish(3);
        Path data = tmp.resolve("data");
        Path kioskConfig = feed.writeConfig(tmp.resolve("its-config"), feed.dir().toString(), data);
        CommandRun sync = CommandRun.of("sync", "--config", kioskConfig.toString(), "--data", data.toString());
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        Map<Path, String> before = files(data);

        Path png = tmp.resolve("sheet.png");
        Process p = ChildJvm.start(tmp.resolve("out"), tmp.resolve("err"), "preview-layout", "kiosk-config",
                png.toString(), "--size", "1280x800", "--data", data.toString());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("err"))).isZero();
        assertThat(ContactSheet.cells(png)).extracting(ContactSheet.Cell::caption)
                .anyMatch(c -> c.startsWith("办事指南“本馆自己的优待证指南”"))
                .allMatch(c -> !c.contains("退役军人和其他优抚对象优待证申领"));
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(3 * 720);
        assertThat(files(data)).as("the kiosk's data folder, byte for byte").isEqualTo(before);
    }

    /** Every file of a folder with its SHA-256. */
    private static Map<Path, String> files(Path dir) throws Exception {
        Map<Path, String> out = new TreeMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f), Hashes.sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    @Test
    void aBrokenConfigIsRefusedWithItsProblemsAndNoPng() throws Exception {
        Path config = tmp.resolve("kiosk-config");
        TestFeed.copyTree(Path.of("kiosk-config"), config);
        Path layout = config.resolve("layout.yaml");
        Files.writeString(layout, Files.readString(layout, StandardCharsets.UTF_8)
                .replace("timeout_seconds: 120", "timeout_seconds: -1"), StandardCharsets.UTF_8);
        Path kioskYaml = config.resolve("kiosk.yaml");
        Files.writeString(kioskYaml, Files.readString(kioskYaml, StandardCharsets.UTF_8)
                .replace("screen_size: 1920x1080", "screen_size: 1920"), StandardCharsets.UTF_8);
        Path broken = tmp.resolve("broken.png");
        Process q = ChildJvm.start(tmp.resolve("out2"), tmp.resolve("err2"), "preview-layout", config.toString(),
                broken.toString());
        assertThat(q.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(q.exitValue()).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("err2"))).contains("layout.yaml: idle.timeout_seconds:")
                .contains("kiosk.yaml: screen_size:").contains("配置有 2 处错误，没有生成预览");
        assertThat(broken).doesNotExist();

        // a --data folder that holds no kiosk content is named, and nothing is made there
        Path notData = Files.createDirectories(tmp.resolve("not-data"));
        Process r = ChildJvm.start(tmp.resolve("out3"), tmp.resolve("err3"), "preview-layout",
                Path.of("kiosk-config").toString(), broken.toString(), "--data", notData.toString());
        assertThat(r.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(r.exitValue()).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("err3"))).contains("not-data").contains("mirror.db");
        assertThat(broken).doesNotExist();
        try (var left = Files.list(notData)) {
            assertThat(left).isEmpty();
        }
    }

    /** How many different colours a region holds (sampled): a screen has many, an empty cell one. */
    private static int colours(BufferedImage image, int x, int y, int w, int h) {
        Set<Integer> seen = new HashSet<>();
        for (int j = y; j < y + h; j += 3) {
            for (int i = x; i < x + w; i += 3) {
                seen.add(image.getRGB(i, j) & 0xffffff);
            }
        }
        return seen.size();
    }
}

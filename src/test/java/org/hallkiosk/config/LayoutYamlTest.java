package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * layout.yaml written from a layout keeps the comments administrators read, and reads back as the same layout.
 */
class LayoutYamlTest {

    static String shippedFile() throws Exception {
        return Files.readString(Path.of("kiosk-config", "layout.yaml"), StandardCharsets.UTF_8);
    }

    static Layout parse(String text) throws ConfigException {
        return LayoutLoader.parse(text.getBytes(StandardCharsets.UTF_8), "layout.yaml");
    }

    static List<String> comments(String text) {
        return text.lines().filter(l -> l.strip().startsWith("#")).toList();
    }

    @Test
    void theShippedLayoutWrittenUnchangedIsTheShippedFileByteForByte() throws Exception {
        String shipped = shippedFile();
        assertThat(LayoutYaml.write(parse(shipped), shipped)).isEqualTo(shipped);
        assertThat(LayoutYaml.write(parse(shipped), null)).isEqualTo(shipped);
    }

    @Test
    void anEditedLayoutKeepsEveryCommentAndReadsBackAsWritten() throws Exception {
        String shipped = shippedFile();
        Layout l = parse(shipped);
        List<Layout.Tile> tiles = new ArrayList<>(l.tiles());
        tiles.add(0, new Layout.Tile("退役金: 发放", "medal", "red",
                new Layout.Target(Layout.Target.Kind.SEARCH, "退役金, 发放 #1")));
        tiles.remove(3);
        Layout edited = new Layout(List.of(new Layout.Hotline("true", "0531-66612345")), tiles,
                List.of("2024", "yes", "[优待]", "抚恤"), Duration.ofSeconds(300), Duration.ofSeconds(30),
                Layout.TextSize.LARGE, Layout.Contrast.HIGH,
                new Layout.Attract("历下区 \"服务站\"", List.of("- 第一条", "第二条：带好材料"), Duration.ofSeconds(12)),
                false);
        String written = LayoutYaml.write(edited, shipped);
        assertThat(comments(written)).containsExactlyElementsOf(comments(shipped));
        assertThat(parse(written)).isEqualTo(edited);
        assertThat(written).contains("text_size: large\n").contains("warning_tone: false\n")
                .contains("  # 提醒时同时响一声短提示音（有声卡的机器）；false 关闭\n  warning_tone: false");
    }

    @Test
    void commentsOfAnAdministratorsOwnFileStayWhereTheyWere() throws Exception {
        String own = """
                # 历下区服务站的布局（张三，2026 年 5 月）

                # 我们的磁贴
                tiles:
                  - label: 政策文件   # 第一个
                    icon: policy
                    color: blue
                    target: { column: zcwj }
                theme: high_contrast  # 大厅灯光太亮
                idle:
                  # 老人看得慢
                  timeout_seconds: 300
                # 文件结束
                """;
        Layout l = parse(own);
        String written = LayoutYaml.write(l, own);
        assertThat(written).startsWith("# 历下区服务站的布局（张三，2026 年 5 月）\n\n");
        assertThat(written).contains("# 我们的磁贴\ntiles:\n").contains("theme: high_contrast  # 大厅灯光太亮\n")
                .contains("idle:\n  # 老人看得慢\n  timeout_seconds: 300\n").endsWith("# 文件结束\n");
        // fields the file lacked come with the shipped file's comments
        assertThat(written).contains("# 热门搜索\nhot_searches: []\n");
        assertThat(parse(written)).isEqualTo(l);
    }

    @Test
    void textsYamlWouldMisreadAreQuoted() {
        assertThat(LayoutYaml.scalar("优待证", false)).isEqualTo("优待证");
        assertThat(LayoutYaml.scalar("no", false)).isEqualTo("\"no\"");
        assertThat(LayoutYaml.scalar("12345", false)).isEqualTo("\"12345\"");
        assertThat(LayoutYaml.scalar("a, b", true)).isEqualTo("\"a, b\"");
        assertThat(LayoutYaml.scalar("a, b", false)).isEqualTo("a, b");
        assertThat(LayoutYaml.scalar("说 \"好\"", false)).isEqualTo("\"说 \\\"好\\\"\"");
        assertThat(LayoutYaml.inlineComment("theme: standard  # 注")).isEqualTo("  # 注");
        assertThat(LayoutYaml.inlineComment("label: \"a # b\"")).isEmpty();
    }

    @Test
    void aSavedLayoutIsSeenByTheWatcherARunningKioskReloadsWith(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("kiosk-config");
        Files.createDirectories(dir);
        for (String f : List.of("kiosk.yaml", "layout.yaml", "feed-public-key.pem")) {
            Files.copy(Path.of("kiosk-config", f), dir.resolve(f));
        }
        String shipped = shippedFile();
        Layout l = parse(shipped);
        Layout edited = l.withIdle(Duration.ofSeconds(300), Duration.ofSeconds(30));
        Semaphore changed = new Semaphore(0);
        try (ConfigWatcher watcher = new ConfigWatcher(dir, Duration.ofMillis(200), changed::release)) {
            assertThat(LayoutFile.save(dir, LayoutYaml.write(edited, shipped), null)).isEmpty();
            assertThat(changed.tryAcquire(30, TimeUnit.SECONDS)).as("the save was noticed")
                    .isTrue();
        }
        assertThat(LayoutLoader.load(dir)).isEqualTo(edited);
        assertThat(dir.resolve("layout.yaml.tmp")).doesNotExist();
    }

    @Test
    void saveWritesOnlyWhatTheCheckerAccepts(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("kiosk-config");
        Files.createDirectories(dir);
        for (String f : List.of("kiosk.yaml", "layout.yaml", "feed-public-key.pem")) {
            Files.copy(Path.of("kiosk-config", f), dir.resolve(f));
        }
        String shipped = shippedFile();
        Layout l = parse(shipped);
        Layout tooLong = new Layout(l.hotlines(), List.of(new Layout.Tile("一二三四五六七八九", "policy", "blue",
                new Layout.Target(Layout.Target.Kind.COLUMN, "zcwj"))), l.hotSearches(), l.idleTimeout(),
                l.idleWarning(), l.textSize(), l.contrast(), l.attract(), l.warningTone());
        List<ConfigProblem> refused = LayoutFile.save(dir, LayoutYaml.write(tooLong, shipped), null);
        assertThat(refused).extracting(ConfigProblem::toString).singleElement().asString()
                .startsWith("layout.yaml: tiles[0].label: ");
        assertThat(Files.readString(dir.resolve("layout.yaml"))).isEqualTo(shipped);

        Layout shorter = new Layout(l.hotlines(), l.tiles().subList(0, 2), l.hotSearches(), l.idleTimeout(),
                l.idleWarning(), l.textSize(), l.contrast(), l.attract(), l.warningTone());
        assertThat(LayoutFile.save(dir, LayoutYaml.write(shorter, shipped), null)).isEmpty();
        assertThat(LayoutLoader.load(dir)).isEqualTo(shorter);
        assertThat(ConfigFolder.problems(dir)).isEmpty();
        assertThat(comments(Files.readString(dir.resolve("layout.yaml")))).containsExactlyElementsOf(comments(shipped));
    }
}

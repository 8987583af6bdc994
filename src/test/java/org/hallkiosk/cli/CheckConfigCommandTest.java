package org.hallkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check-config --data: every tile and hot search leads somewhere in a kiosk's content; health says the same. */
class CheckConfigCommandTest {

    @TempDir
    Path tmp;

    Path config;
    Path data;

    @BeforeEach
    void aKioskThatSyncedTheSample() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        data = tmp.resolve("data");
        config = feed.writeConfig(tmp.resolve("kiosk-config"), feed.dir().toString(), data);
        Files.copy(Path.of("kiosk-config/layout.yaml"), config.resolve("layout.yaml"));
        assertThat(CommandRun.of("sync", "--config", config.toString()).exitCode()).isZero();
    }

    private void layout(String from, String to) throws Exception {
        Path file = config.resolve("layout.yaml");
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void theShippedLayoutLeadsSomewhereInTheSample() {
        CommandRun run = CommandRun.of("check-config", config.toString(), "--data", data.toString());
        assertThat(run.out()).contains("配置无误");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aTileToNothingAndAHotSearchThatFindsNothingAreNamed() throws Exception {
        layout("target: { item: bszn-ydz-sl }", "target: { item: bszn-ydz-gone }");
        layout("target: { column: tzgg }", "target: { column: tzgg-old }");
        layout("target: { search: 烈士 }", "target: { search: 量子纠缠 }");
        layout("hot_searches: [优待证,", "hot_searches: [火星移民, 优待证,");
        CommandRun run = CommandRun.of("check-config", config.toString(), "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        String file = config.resolve("layout.yaml").toString();
        assertThat(run.out().lines()).containsExactly(
                file + ": tiles[3].target.item: bszn-ydz-gone 不在内容中（磁贴“优待证申领”点了只会看到空页面）",
                file + ": tiles[6].target.column: tzgg-old 不在内容中（磁贴“通知公告”点了只会看到空页面）",
                file + ": tiles[7].target.search: “量子纠缠”搜不到任何内容",
                file + ": hot_searches[0]: “火星移民”搜不到任何内容");

        // health of the running kiosk reports the same findings, from the same check
        CommandRun health = CommandRun.of("health", "--config", config.toString());
        assertThat(health.exitCode()).isZero();
        assertThat(health.out()).contains("布局：磁贴“优待证申领”（tiles[3].target.item）指向的 bszn-ydz-gone 不在内容中",
                "布局：hot_searches[0]“火星移民”搜不到任何内容");
    }

    @Test
    void aDataFolderWithoutContentIsSaidSoAndNotCreated() {
        Path empty = tmp.resolve("nothing-here");
        CommandRun run = CommandRun.of("check-config", config.toString(), "--data", empty.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("没有内容库");
        assertThat(empty).doesNotExist();
    }
}

package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hallkiosk.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What check-config (and so the kiosk and preview-layout, which load through the same code) refuses: the
 * mistakes that used to pass as 配置无误 and then broke the screens.
 */
class ConfigCheckTest {

    @TempDir
    Path tmp;

    private Path folder() throws IOException {
        Path dir = tmp.resolve("kiosk-config");
        Files.createDirectories(dir);
        for (String f : List.of("kiosk.yaml", "layout.yaml", "feed-public-key.pem")) {
            Files.copy(Path.of("kiosk-config", f), dir.resolve(f));
        }
        return dir;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }

    private static List<String> fields(Path dir) {
        return ConfigFolder.problems(dir).stream().map(p -> p.file() + ": " + p.field()).toList();
    }

    @Test
    void theShippedFolderIsValidAndCheckConfigSaysSo() throws IOException {
        Path dir = folder();
        assertThat(ConfigFolder.problems(dir)).isEmpty();
        CommandRun run = CommandRun.of("check-config", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("配置无误");
    }

    @Test
    void aMisspelledFieldIsNamedWithTheFieldItMeant() throws IOException {
        Path dir = folder();
        edit(dir.resolve("kiosk.yaml"), "sync_interval_minutes: 60", "sync_intervall_minutes: 60");
        edit(dir.resolve("layout.yaml"), "theme: standard", "theme: standard\nhot_search: [优待证]\nfoo: 1");
        List<ConfigProblem> problems = ConfigFolder.problems(dir);
        assertThat(problems).extracting(ConfigProblem::toString).containsExactlyInAnyOrder(
                "kiosk.yaml: feed.sync_intervall_minutes: 没有这个字段，是否想写 sync_interval_minutes？",
                "layout.yaml: hot_search: 没有这个字段，是否想写 hot_searches？",
                "layout.yaml: foo: 没有这个字段，本处可用的字段：attract, hot_searches, hotlines, idle, text_size, "
                        + "theme, tiles");
        CommandRun run = CommandRun.of("check-config", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(dir.resolve("kiosk.yaml") + ": feed.sync_intervall_minutes: 没有这个字段，"
                + "是否想写 sync_interval_minutes？");
    }

    @Test
    void aTileOrHotlineFieldOutOfPlaceIsNamedWithItsPath() throws IOException {
        Path dir = folder();
        edit(dir.resolve("layout.yaml"), "    icon: policy\n", "    icno: policy\n");
        assertThat(fields(dir)).containsExactly("layout.yaml: tiles[0].icno");
    }

    @Test
    void aKeyWrittenTwiceIsRefused() throws IOException {
        Path dir = folder();
        edit(dir.resolve("kiosk.yaml"), "language: zh_CN", "language: zh_CN\nhall_name: 另一个大厅");
        edit(dir.resolve("layout.yaml"), "  warning_seconds: 20", "  warning_seconds: 20\n  warning_seconds: 30");
        assertThat(ConfigFolder.problems(dir)).extracting(ConfigProblem::toString).containsExactlyInAnyOrder(
                "kiosk.yaml: hall_name: 同一个键写了两次，请删去其中一处",
                "layout.yaml: idle.warning_seconds: 同一个键写了两次，请删去其中一处");
    }

    @Test
    void aPhoneNumberYamlWouldReadAsANumberIsRefusedWithHowToWriteIt() throws IOException {
        Path dir = folder();
        edit(dir.resolve("layout.yaml"), "number: \"0531-6661XXXX\"", "number: 053166612345");
        edit(dir.resolve("layout.yaml"), "number: \"12345\"", "number: 0531");
        List<ConfigProblem> problems = ConfigFolder.problems(dir);
        assertThat(problems).extracting(ConfigProblem::field)
                .containsExactly("hotlines[0].number", "hotlines[1].number");
        // YAML reads an unquoted 0-number as octal: the message says what it read and how to quote it.
        assertThat(problems.get(0).message()).contains("5802497253", "number: \"0531-66612345\"");
        assertThat(problems.get(1).message()).contains("345");
    }

    @Test
    void aPhoneNumberIsDigitsDashesSpacesAndBracketsOnly() throws IOException {
        Path dir = folder();
        edit(dir.resolve("layout.yaml"), "number: \"12345\"", "number: \"请拨 12345\"");
        assertThat(fields(dir)).containsExactly("layout.yaml: hotlines[1].number");
        edit(dir.resolve("layout.yaml"), "number: \"请拨 12345\"", "number: \"(0531) 6661-2345\"");
        assertThat(fields(dir)).isEmpty();
    }

    @Test
    void aFeedAddressMustBeHttpAFolderAZipOrBuiltIn() throws IOException {
        Path dir = folder();
        edit(dir.resolve("kiosk.yaml"), "url: builtin:sample-feed", "url: ftp://feeds.example.gov.cn/feed");
        assertThat(ConfigFolder.problems(dir)).extracting(ConfigProblem::toString)
                .containsExactly("kiosk.yaml: feed.url: 不支持“ftp:”开头的地址；应为 http(s):// 网址、文件夹、"
                        + ".zip 文件或 builtin:sample-feed");
        Files.writeString(tmp.resolve("feed.tar"), "not a zip");
        edit(dir.resolve("kiosk.yaml"), "url: ftp://feeds.example.gov.cn/feed", "url: feed.tar");
        assertThat(fields(dir)).containsExactly("kiosk.yaml: feed.url");
        for (String good : List.of("https://feeds.example.gov.cn/feed/", "feeds/current", "usb/feed.zip")) {
            Files.writeString(dir.resolve("kiosk.yaml"), Files.readString(Path.of("kiosk-config/kiosk.yaml"))
                    .replace("url: builtin:sample-feed", "url: " + good));
            assertThat(fields(dir)).as(good).isEmpty();
        }
    }

    @Test
    void lengthsAndCountsAreBounded() throws IOException {
        Path dir = folder();
        edit(dir.resolve("kiosk.yaml"), "hall_name: 济南市退役军人服务大厅", "hall_name: " + "大".repeat(41));
        edit(dir.resolve("layout.yaml"), "label: 政策文件", "label: 政策文件政策文件政策文件");
        edit(dir.resolve("layout.yaml"), "hot_searches: [优待证,",
                "hot_searches: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 十二个字的热门搜索词太长了了, 优待证,");
        assertThat(ConfigFolder.problems(dir)).extracting(ConfigProblem::toString).containsExactlyInAnyOrder(
                "kiosk.yaml: hall_name: 太长：最多 40 个字，现有 41 个字",
                "layout.yaml: tiles[0].label: 太长：最多 8 个字，现有 12 个字",
                "layout.yaml: hot_searches: 太多：最多 10 项，现有 16 项",
                "layout.yaml: hot_searches[10]: 太长：最多 12 个字，现有 14 个字");
        edit(dir.resolve("kiosk.yaml"), "大".repeat(41), "大".repeat(40));
        assertThat(fields(dir)).doesNotContain("kiosk.yaml: hall_name");
    }

    @Test
    void aHugeFileIsRefusedByItsSizeBeforeItIsParsed() throws IOException {
        Path dir = folder();
        // 9 MB of hall name: refused on its size alone; the parser never sees it.
        edit(dir.resolve("kiosk.yaml"), "hall_name: 济南市退役军人服务大厅", "hall_name: " + "大".repeat(3_000_000));
        List<ConfigProblem> problems = ConfigFolder.problems(dir);
        // the figure follows the shipped file's size (its comments grow with its fields)
        assertThat(problems).extracting(ConfigProblem::toString).singleElement().asString()
                .matches("kiosk.yaml: -: 文件太大（87\\d\\d KB），配置文件不应超过 64 KB，没有读取");
    }

    @Test
    void bytesOverTheBoundAreRefusedEvenWhenTheyComeFromInsideTheJar() {
        byte[] yaml = ("hall_name: " + "x".repeat(ConfigYaml.MAX_FILE_BYTES) + "\n").getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigYaml.parse(yaml, "kiosk.yaml"))
                .isInstanceOf(ConfigYaml.Unreadable.class);
    }

    @Test
    void staffYamlFieldsAreCheckedToo() throws IOException {
        Path dir = folder();
        Files.writeString(dir.resolve("staff.yaml"), "max_trys: 3\n");
        assertThat(ConfigFolder.problems(dir)).extracting(ConfigProblem::toString)
                .containsExactly("staff.yaml: max_trys: 没有这个字段，是否想写 max_tries？");
    }

    @Test
    void didYouMeanOnlyOffersANameWithinATyposReach() {
        assertThat(ConfigYaml.closest("sync_intervall_minutes", ConfigLoader.FEED_FIELDS))
                .isEqualTo("sync_interval_minutes");
        assertThat(ConfigYaml.closest("hallname", ConfigLoader.FIELDS)).isEqualTo("hall_name");
        assertThat(ConfigYaml.closest("colour", LayoutLoader.TILE_FIELDS)).isEqualTo("color");
        assertThat(ConfigYaml.closest("wallpaper", ConfigLoader.FIELDS)).isNull();
    }
}

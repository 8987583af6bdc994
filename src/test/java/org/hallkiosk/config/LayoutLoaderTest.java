package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** layout.yaml: the shipped one loads, every mistake is named as file: field: message, a typo never blanks the kiosk. */
class LayoutLoaderTest {

    @TempDir
    Path tmp;

    static final String BAD = """
            hotlines:
              - label: 咨询电话
            tiles:
              - label: 政策
                icon: rocket
                color: pink
                target: { column: zcwj }
              - label: 指南
                target: { url: http://example.com }
            hot_searches: [优待证, 42, ""]
            idle:
              timeout_seconds: 5
              warning_seconds: 300
            text_size: huge
            theme: dark
            attract:
              rotate_seconds: many
            """;

    @Test
    void theRepositorysLayoutAndTheBuiltInOneLoad() throws Exception {
        Layout layout = LayoutLoader.load(Path.of("kiosk-config"));
        assertThat(layout.tiles()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(layout.tiles()).anyMatch(t -> t.target().equals(new Layout.Target(Layout.Target.Kind.ITEM,
                "bszn-ydz-sl")));
        assertThat(layout.hotSearches()).contains("优待证");
        assertThat(layout.idleTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(layout.textSize()).isEqualTo(Layout.TextSize.STANDARD);
        assertThat(LayoutLoader.builtIn().tiles()).isNotEmpty();
    }

    /** The placeholder （示例号码） lives in the sample config only; what the program falls back on has none. */
    @Test
    void theBuiltInLayoutCarriesNoExampleNumbers() throws Exception {
        // the check finds the placeholder where it is meant to be: in the sample config
        assertThat(exampleTexts(LayoutLoader.load(Path.of("kiosk-config")))).isNotEmpty();
        assertThat(exampleTexts(LayoutLoader.builtIn())).isEmpty();
        assertThat(LayoutLoader.builtIn().hotlines()).extracting(Layout.Hotline::number).containsExactly("12345");
        String text;
        try (var in = LayoutLoader.class.getResourceAsStream(LayoutLoader.BUILT_IN_LAYOUT)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).doesNotContain("示例").doesNotContain("XXXX");
        // and a kiosk whose layout.yaml is broken, with no last good copy, shows it
        Path config = Files.createDirectories(tmp.resolve("broken-config"));
        Files.writeString(config.resolve("layout.yaml"), "tiles: [");
        assertThat(exampleTexts(LayoutLoader.loadOrFallback(config, tmp.resolve("no-data")).layout())).isEmpty();
    }

    /** Every shown text of {@code layout} that is an example, not a real one. */
    static List<String> exampleTexts(Layout layout) {
        List<String> texts = new ArrayList<>();
        layout.hotlines().forEach(h -> texts.addAll(List.of(h.label(), h.number())));
        layout.tiles().forEach(t -> texts.add(t.label()));
        texts.addAll(layout.hotSearches());
        if (layout.attract() != null) {
            texts.addAll(layout.attract().notices());
        }
        return texts.stream().filter(t -> t.contains("示例") || t.contains("XXXX")).toList();
    }

    @Test
    void everyProblemIsReportedWithItsField() {
        assertThatThrownBy(() -> LayoutLoader.parse(BAD.getBytes(StandardCharsets.UTF_8), "layout.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::field)
                        .containsExactlyInAnyOrder("hotlines[0].number", "tiles[0].icon", "tiles[0].color",
                                "tiles[1].target", "hot_searches[2]", "idle.timeout_seconds",
                                "idle.warning_seconds", "text_size", "theme", "attract.rotate_seconds"))
                .hasMessageContaining("layout.yaml: tiles[0].icon: ");
    }

    @Test
    void anInvalidLayoutFallsBackToTheLastGoodOneThenTheBuiltIn() throws Exception {
        Path config = Files.createDirectories(tmp.resolve("kiosk-config"));
        Path data = tmp.resolve("data");
        Files.writeString(config.resolve("layout.yaml"), """
                tiles:
                  - label: 只有一个磁贴
                    target: { search: 优待证 }
                """);
        LayoutLoader.Loaded good = LayoutLoader.loadOrFallback(config, data);
        assertThat(good.source()).isEqualTo(LayoutLoader.Source.CONFIG);
        assertThat(good.problems()).isEmpty();
        assertThat(data.resolve(LayoutLoader.LAST_GOOD_FILE)).exists();

        Files.writeString(config.resolve("layout.yaml"), BAD);
        LayoutLoader.Loaded fallback = LayoutLoader.loadOrFallback(config, data);
        assertThat(fallback.source()).isEqualTo(LayoutLoader.Source.LAST_GOOD);
        assertThat(fallback.layout().tiles()).extracting(Layout.Tile::label).containsExactly("只有一个磁贴");
        assertThat(fallback.problems()).isNotEmpty();

        LayoutLoader.Loaded builtIn = LayoutLoader.loadOrFallback(config, tmp.resolve("fresh-data"));
        assertThat(builtIn.source()).isEqualTo(LayoutLoader.Source.BUILT_IN);
        assertThat(builtIn.layout()).isEqualTo(LayoutLoader.builtIn());
    }

    @Test
    void checkConfigPrintsEveryProblemAndExitsOne() throws Exception {
        Path config = tmp.resolve("kiosk-config");
        TestFeed.copyTree(Path.of("kiosk-config"), config);
        assertThat(run("check-config", config.toString()).exitCode()).isZero();

        Files.writeString(config.resolve("layout.yaml"), BAD);
        Files.writeString(config.resolve("kiosk.yaml"), "hall_name: 大厅\nlanguage: fr\n");
        CommandRun bad = run("check-config", config.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out().lines()).contains(config.resolve("kiosk.yaml") + ": language: 应为 zh_CN 或 en")
                .anyMatch(l -> l.startsWith(config.resolve("layout.yaml") + ": theme: "))
                .hasSize(12);
    }

    @Test
    void checkConfigAlsoReadsTheStaffEntrysFile() throws Exception {
        Path config = tmp.resolve("kiosk-config-staff");
        TestFeed.copyTree(Path.of("kiosk-config"), config);
        Files.writeString(config.resolve("staff.yaml"), "pin_hash: \"1234\"\nmax_tries: 0\n");
        CommandRun bad = run("check-config", config.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out().lines()).anyMatch(l -> l.startsWith(config.resolve("staff.yaml") + ": pin_hash: "))
                .anyMatch(l -> l.startsWith(config.resolve("staff.yaml") + ": max_tries: "));
    }

    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}

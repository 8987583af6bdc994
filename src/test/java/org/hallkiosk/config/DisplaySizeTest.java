package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kiosk.yaml's screen_size: what previews render at; a size no screen has is refused by the check. */
class DisplaySizeTest {

    @TempDir
    Path tmp;

    @Test
    void readsWidthByHeightWithinTheBounds() {
        assertThat(DisplaySize.parse("1080x1920")).contains(new DisplaySize(1080, 1920));
        assertThat(DisplaySize.parse(" 1366 × 768 ")).contains(new DisplaySize(1366, 768));
        assertThat(DisplaySize.parse("1920X1080")).contains(DisplaySize.STANDARD);
        assertThat(DisplaySize.parse("1920")).isEmpty();
        assertThat(DisplaySize.parse("1920x")).isEmpty();
        assertThat(DisplaySize.parse("99999x1080")).isEmpty();
        assertThat(DisplaySize.parse("100x100")).isEmpty();
        assertThat(DisplaySize.parse("axb")).isEmpty();
    }

    @Test
    void theConfigNamesTheScreenOrGetsTheStandardOne() throws Exception {
        Path config = tmp.resolve("kiosk-config");
        TestFeed.copyTree(Path.of("kiosk-config"), config);
        Path yaml = config.resolve("kiosk.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        assertThat(text).contains("screen_size: 1920x1080");
        assertThat(ConfigLoader.load(config).screenSize()).isEqualTo(DisplaySize.STANDARD);

        Files.writeString(yaml, text.replace("screen_size: 1920x1080", "screen_size: 1080x1920"), StandardCharsets.UTF_8);
        assertThat(ConfigLoader.load(config).screenSize()).isEqualTo(new DisplaySize(1080, 1920));
        assertThat(ConfigLoader.load(config).screenSize().portrait()).isTrue();

        Files.writeString(yaml, text.replace("screen_size: 1920x1080\n", ""), StandardCharsets.UTF_8);
        assertThat(ConfigLoader.load(config).screenSize()).isEqualTo(DisplaySize.STANDARD);

        Files.writeString(yaml, text.replace("screen_size: 1920x1080", "screen_size: 1920*1080"), StandardCharsets.UTF_8);
        assertThat(ConfigFolder.problems(config)).extracting(ConfigProblem::toString)
                .anyMatch(p -> p.startsWith("kiosk.yaml: screen_size:") && p.contains("1080x1920"));
    }
}

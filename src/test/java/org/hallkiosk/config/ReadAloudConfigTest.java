package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code read_aloud} in kiosk.yaml: optional, one of four words, checked like every other field. */
class ReadAloudConfigTest {

    @TempDir
    Path tmp;

    Path config(String extraLine) throws Exception {
        TestFeed feed = TestFeed.empty(tmp.resolve("publisher"));
        Path dir = feed.writeConfig(tmp.resolve("kiosk-config"), "builtin:sample-feed", tmp.resolve("data"));
        if (extraLine != null) {
            Files.writeString(dir.resolve("kiosk.yaml"), Files.readString(dir.resolve("kiosk.yaml")) + extraLine + "\n");
        }
        return dir;
    }

    @Test
    void defaultsToAutoAndReadsEachEngine() throws Exception {
        assertThat(ConfigLoader.load(config(null)).readAloud()).isEqualTo(ReadAloudSetting.AUTO);
        assertThat(ConfigLoader.load(config("read_aloud: espeak-ng")).readAloud()).isEqualTo(ReadAloudSetting.ESPEAK_NG);
        Files.delete(tmp.resolve("kiosk-config/kiosk.yaml"));
        assertThat(ConfigLoader.load(config("read_aloud: none")).readAloud()).isEqualTo(ReadAloudSetting.NONE);
    }

    @Test
    void anUnknownEngineIsAProblemNamingTheField() throws Exception {
        Path dir = config("read_aloud: festival");
        assertThatThrownBy(() -> ConfigLoader.load(dir)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("read_aloud")));
    }

    @Test
    void theShippedConfigChoosesAuto() throws Exception {
        assertThat(ConfigLoader.load(Path.of("kiosk-config")).readAloud()).isEqualTo(ReadAloudSetting.AUTO);
    }
}

package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the kiosk and its commands find the hall's kiosk-config/ and data/. */
class KioskHomeTest {

    @TempDir
    Path tmp;

    @Test
    void thePropertyWinsOverTheEnvironmentWhichWinsOverTheWorkingDirectory() {
        assertThat(KioskHome.of("/p", "/e", null).configDir()).isEqualTo(Path.of("/p/kiosk-config"));
        assertThat(KioskHome.of(null, "/e", null).configDir()).isEqualTo(Path.of("/e/kiosk-config"));
        assertThat(KioskHome.of(" ", "", null).configDir()).isEqualTo(Path.of("kiosk-config"));
        assertThat(KioskHome.of(null, "/e", "/dev/cfg").configDir()).isEqualTo(Path.of("/dev/cfg"));
    }

    @Test
    void aHomeWithoutConfigRunsTheBuiltInSettingsWithItsDataInsideTheHome() throws Exception {
        KioskHome home = KioskHome.of(tmp.toString(), null, null);
        assertThat(home.dataDirOverride()).isEqualTo(tmp.resolve("data"));
        LastGoodSettings.Loaded loaded = LastGoodSettings.load(home.configDir(), home.dataDirOverride());
        assertThat(loaded.config().dataDir()).isEqualTo(tmp.resolve("data"));
        assertThat(home.dataDirFor(ConfigLoader.load(home.configDir()))).isEqualTo(tmp.resolve("data"));
    }

    @Test
    void aHomeWithConfigKeepsItsDataDirRelativeToTheHome() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("kiosk-config"));
        Files.copy(Path.of("kiosk-config/feed-public-key.pem"), folder.resolve("feed-public-key.pem"));
        Files.writeString(folder.resolve("kiosk.yaml"), Files.readString(Path.of("kiosk-config/kiosk.yaml"))
                .replace("hall_name: 济南市退役军人服务大厅", "hall_name: 测试大厅")
                .replace("data_dir: data", "data_dir: mirror-data"));
        KioskHome home = KioskHome.of(null, tmp.toString(), null);
        assertThat(home.dataDirOverride()).isNull();
        KioskConfig config = LastGoodSettings.load(home.configDir(), home.dataDirOverride()).config();
        assertThat(config.hallName()).isEqualTo("测试大厅");
        assertThat(home.dataDirFor(config)).isEqualTo(tmp.resolve("mirror-data").toAbsolutePath());
    }
}

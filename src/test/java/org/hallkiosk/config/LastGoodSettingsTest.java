package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken kiosk.yaml never blanks the kiosk: the last good copy, or the built-in settings on the same data. */
class LastGoodSettingsTest {

    @TempDir
    Path tmp;

    @Test
    void aBrokenFileFallsBackToTheLastGoodCopyThenTheBuiltInSettings() throws Exception {
        TestFeed feed = TestFeed.empty(tmp.resolve("publisher"));
        Path data = tmp.resolve("hall-data");
        Path config = feed.writeConfig(tmp.resolve("kiosk-config"), "https://feed.example/hall", data);

        LastGoodSettings.Loaded good = LastGoodSettings.load(config, null);
        assertThat(good.source()).isEqualTo(LastGoodSettings.Source.CONFIG);
        assertThat(good.config().hallName()).isEqualTo("测试大厅");
        assertThat(data.resolve(LastGoodSettings.FOLDER).resolve("kiosk.yaml")).exists();
        assertThat(data.resolve(LastGoodSettings.FOLDER).resolve("feed-public-key.pem")).exists();

        // A typo that breaks the file but leaves data_dir readable.
        Files.writeString(config.resolve("kiosk.yaml"), "hall_name: 新名字\nlanguage: fr\ndata_dir: \""
                + data.toAbsolutePath() + "\"\n");
        LastGoodSettings.Loaded lastGood = LastGoodSettings.load(config, null);
        assertThat(lastGood.source()).isEqualTo(LastGoodSettings.Source.LAST_GOOD);
        assertThat(lastGood.config().hallName()).isEqualTo("测试大厅");
        assertThat(lastGood.config().feedLocation()).isEqualTo("https://feed.example/hall");
        assertThat(lastGood.config().dataDir()).isEqualTo(data.toAbsolutePath().normalize());
        assertThat(lastGood.config().configDir()).isEqualTo(config);
        assertThat(lastGood.problems()).extracting(ConfigProblem::field).contains("language", "feed.url");

        Files.walk(data.resolve(LastGoodSettings.FOLDER)).sorted(Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());
        LastGoodSettings.Loaded builtIn = LastGoodSettings.load(config, null);
        assertThat(builtIn.source()).isEqualTo(LastGoodSettings.Source.BUILT_IN);
        assertThat(builtIn.config().feedLocation()).isEqualTo("builtin:sample-feed");
        assertThat(builtIn.config().dataDir()).isEqualTo(data.toAbsolutePath().normalize());
        assertThat(builtIn.problems()).isNotEmpty();
    }

    @Test
    void unreadableYamlStillFindsTheDefaultDataFolderBesideTheConfig() throws Exception {
        Path config = Files.createDirectories(tmp.resolve("kiosk-config"));
        Files.writeString(config.resolve("kiosk.yaml"), "hall_name: [unclosed\n");
        assertThat(LastGoodSettings.dataDirNamedBy(config)).isEqualTo(tmp.resolve("data").toAbsolutePath());
        LastGoodSettings.Loaded loaded = LastGoodSettings.load(config, null);
        assertThat(loaded.source()).isEqualTo(LastGoodSettings.Source.BUILT_IN);
        assertThat(loaded.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("kiosk.yaml"));
    }
}

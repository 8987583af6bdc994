package org.hallkiosk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layouts for a fleet (docs/feed-format.md): {@code publish --layout GROUP=FILE} carries a checked layout in
 * the signed feed; a kiosk naming the group runs it; a bad one is refused by publish, and a kiosk given one
 * anyway (a publisher that skipped the check) keeps its last good layout and says so.
 */
class FleetLayoutTest {

    @TempDir
    Path tmp;

    private static final String GOOD = Files.exists(Path.of("kiosk-config/layout.yaml")) ? read() : "";

    private static String read() {
        try {
            return Files.readString(Path.of("kiosk-config/layout.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path layoutFile(String name, String attractTitle, boolean bad) throws Exception {
        String yaml = GOOD.replaceFirst("(?m)^attract:\\s*$", "attract:\n  title: " + attractTitle);
        if (!yaml.contains("title: " + attractTitle)) {
            yaml = yaml + "\nattract:\n  title: " + attractTitle + "\n";
        }
        if (bad) {
            yaml = yaml.replaceFirst("number: \"12345\"", "number: 053166612345"); // YAML reads an octal number
        }
        return Files.writeString(tmp.resolve(name), yaml);
    }

    private KioskConfig kiosk(TestFeed feed, String group) throws Exception {
        Path dir = feed.writeConfig(tmp.resolve("kiosk-config"), feed.dir().toString(), tmp.resolve("data"));
        Files.copy(Path.of("kiosk-config/layout.yaml"), dir.resolve("layout.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        if (group != null) {
            Files.writeString(dir.resolve("kiosk.yaml"), "layout_group: " + group + "\n",
                    StandardOpenOption.APPEND);
        }
        return ConfigLoader.load(dir);
    }

    @Test
    void aPublishedLayoutIsAppliedByTheKiosksOfItsGroupAndABadOneKeepsTheLastGood() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("feed"));
        Path districts = layoutFile("districts.yaml", "区级服务站", false);
        Path stations = layoutFile("stations.yaml", "街道服务站", false);
        // publish --layout, through the command, with a key of its own that the kiosk trusts
        CommandRun keygen = CommandRun.of("keygen", tmp.resolve("bureau").toString());
        assertThat(keygen.exitCode()).as(keygen.err()).isZero();
        Path privateKey = tmp.resolve("bureau-private.pem");
        CommandRun publish = CommandRun.of("publish", feed.contentDir().toString(), feed.dir().toString(), "--key",
                privateKey.toString(), "--sequence", "1", "--layout", "district-halls=" + districts,
                "--layout", "street-stations=" + stations);
        assertThat(publish.exitCode()).as(publish.err()).isZero();
        assertThat(publish.out()).contains("district-halls, street-stations");
        JsonNode manifest = FeedJson.MAPPER.readTree(feed.dir().resolve("manifest.json").toFile());
        String districtHash = Hashes.sha256(Files.readAllBytes(districts));
        assertThat(manifest.path("layouts").get(0).path("group").asText()).isEqualTo("district-halls");
        assertThat(manifest.path("layouts").get(0).path("sha256").asText()).isEqualTo(districtHash);
        assertThat(feed.dir().resolve("files").resolve(districtHash)).hasSameBinaryContentAs(districts);

        KioskConfig config = kiosk(feed, "district-halls");
        Files.copy(tmp.resolve("bureau-public.pem"), config.configDir().resolve("feed-public-key.pem"),
                StandardCopyOption.REPLACE_EXISTING);
        config = ConfigLoader.load(config.configDir());
        Path data = config.dataDir();
        try (Mirror mirror = Mirror.open(data)) {
            SyncService sync = new SyncService(config, mirror, SyncOptions.DEFAULT);
            assertThat(sync.sync(null, "test", p -> { }, () -> false).outcome()).isEqualTo(SyncOutcome.APPLIED);
        }
        LayoutLoader.Loaded applied = LayoutLoader.loadForKiosk(config.configDir(), data, "district-halls", true);
        assertThat(applied.source()).isEqualTo(LayoutLoader.Source.FEED);
        assertThat(applied.layout().attract().title()).isEqualTo("区级服务站");
        assertThat(applied.describe()).isEqualTo("布局：来自内容源（布局组 district-halls，内容序号 1）");
        // a kiosk of another group, and one of none, run their own
        assertThat(LayoutLoader.loadForKiosk(config.configDir(), data, "street-stations", false).layout().attract()
                .title()).isEqualTo("街道服务站");
        LayoutLoader.Loaded none = LayoutLoader.loadForKiosk(config.configDir(), data, null, false);
        assertThat(none.source()).isEqualTo(LayoutLoader.Source.CONFIG);
        assertThat(none.layout().attract().title()).isNotEqualTo("区级服务站");
        // staff: status says which layout and where from
        CommandRun status = CommandRun.of("status", "--config", config.configDir().toString(), "--data",
                data.toString());
        assertThat(status.out()).contains("布局：来自内容源（布局组 district-halls，内容序号 1）");
        JsonNode json = CommandRun.statusJson(config.configDir(), data);
        assertThat(json.path("layout").path("source").asText()).isEqualTo("feed");
        assertThat(json.path("layout").path("sequence").asLong()).isEqualTo(1);

        // publish refuses a bad layout, naming the file and the field, and signs nothing
        Path bad = layoutFile("bad.yaml", "坏布局", true);
        CommandRun refused = CommandRun.of("publish", feed.contentDir().toString(), feed.dir().toString(), "--key",
                privateKey.toString(), "--layout", "district-halls=" + bad);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("布局组 district-halls 的布局未通过检查").contains(bad + ": hotlines[1].number");
        assertThat(FeedJson.MAPPER.readTree(feed.dir().resolve("manifest.json").toFile())
                .path("sequence").asLong()).isEqualTo(1);

        // a publisher that skipped the check (an older tool): the kiosk applies the content, not the layout
        FeedWriter.publish(feed.contentDir(), feed.dir(), Ed25519Keys.readPrivateKey(privateKey),
                2L, null, List.of(), Map.of("district-halls", Files.readAllBytes(bad)));
        try (Mirror mirror = Mirror.open(data)) {
            SyncService sync = new SyncService(config, mirror, SyncOptions.DEFAULT);
            assertThat(sync.sync(null, "test", p -> { }, () -> false).outcome()).isEqualTo(SyncOutcome.APPLIED);
            assertThat(mirror.items().sequence()).isEqualTo(2);
        }
        LayoutLoader.Loaded kept = LayoutLoader.loadForKiosk(config.configDir(), data, "district-halls", true);
        assertThat(kept.source()).isEqualTo(LayoutLoader.Source.FEED_LAST_GOOD);
        assertThat(kept.layout().attract().title()).isEqualTo("区级服务站");
        assertThat(kept.sequence()).isEqualTo(1);
        assertThat(kept.problems()).anyMatch(p -> p.toString()
                .startsWith("feed:district-halls/layout.yaml: hotlines[1].number"));
        assertThat(kept.describe()).startsWith("布局：内容源上次可用的布局（布局组 district-halls，内容序号 1）；新布局未通过检查");
        // the fleet report says so too
        KioskReport.Layout reported = ReportBuilder.layoutInForce(config);
        assertThat(reported.source()).isEqualTo("feed-last-good");
        assertThat(reported.problem()).contains("hotlines[1].number");

        // a kiosk new to the group, with no last good feed layout, runs its own and is told why
        Path fresh = tmp.resolve("fresh-data");
        TestFeed.copyTree(data.resolve("feed-layouts"), fresh.resolve("feed-layouts"));
        deleteTree(fresh.resolve("feed-layouts/last-good"));
        LayoutLoader.Loaded own = LayoutLoader.loadForKiosk(config.configDir(), fresh, "district-halls", false);
        assertThat(own.source()).isEqualTo(LayoutLoader.Source.CONFIG);
        assertThat(own.describe()).startsWith("布局：本机 kiosk-config/layout.yaml；内容源的布局未通过检查");

        // a layout file that does not match its hash refuses the whole publication, as an attachment does
        FeedWriter.publish(feed.contentDir(), feed.dir(), Ed25519Keys.readPrivateKey(privateKey),
                3L, null, List.of(), Map.of("district-halls", Files.readAllBytes(stations)));
        String stationsHash = Hashes.sha256(Files.readAllBytes(stations));
        Files.writeString(feed.dir().resolve("files").resolve(stationsHash),
                Files.readString(stations).replace("街道服务站", "篡改的标题"));
        try (Mirror mirror = Mirror.open(data)) {
            SyncService sync = new SyncService(config, mirror, SyncOptions.DEFAULT);
            var report = sync.sync(null, "test", p -> { }, () -> false);
            assertThat(report.outcome()).isEqualTo(SyncOutcome.REFUSED);
            assertThat(report.reason()).contains("files/" + stationsHash);
            assertThat(mirror.items().sequence()).isEqualTo(2);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

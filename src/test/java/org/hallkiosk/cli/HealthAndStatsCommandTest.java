package org.hallkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** health and stats from the command line, on a kiosk that synced the sample and was used. */
class HealthAndStatsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void healthAsJsonAndStatsAsCsv() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        Path data = tmp.resolve("data");
        Path config = feed.writeConfig(tmp.resolve("kiosk-config"), feed.dir().toString(), data);
        assertThat(CommandRun.of("sync", "--config", config.toString()).exitCode()).isZero();

        CommandRun health = CommandRun.of("health", "--json", "--config", config.toString());
        assertThat(health.exitCode()).isZero();
        JsonNode findings = FeedJson.MAPPER.readTree(health.out());
        assertThat(findings.findValuesAsText("subject")).contains("zcwj-2023-00088");
        assertThat(findings.findValuesAsText("kind")).contains("policy_without_interpretation", "missing_url");

        try (Mirror mirror = Mirror.open(data)) {
            mirror.usage().record("view", "bszn-ydz-sl", null, null, null, null);
            mirror.usage().record("search", null, null, "光荣牌, 悬挂", 0, null);
        }
        CommandRun stats = CommandRun.of("stats", "--since", "2020-01-01", "--csv", "--config", config.toString());
        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out().lines()).containsExactlyInAnyOrder("kind,item_id,column_id,query,count",
                "view,bszn-ydz-sl,,,1", "search_miss,,,\"光荣牌, 悬挂\",1");
    }
}

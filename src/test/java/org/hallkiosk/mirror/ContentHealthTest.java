package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.sync.SyncEngine;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work plan's content rules, found in the sample feed and in faults seeded into it. */
class ContentHealthTest {

    @TempDir
    Path tmp;

    @Test
    void findsPoliciesWithoutInterpretationStaleColumnsBrokenLinksAndMissingFields() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        ObjectNode feedJson = (ObjectNode) FeedJson.MAPPER.readTree(feed.contentDir().resolve("feed.json").toFile());
        feedJson.withArray("columns").addObject().put("id", "old").put("name", "旧栏目").putNull("parent").put("order", 99);
        Files.write(feed.contentDir().resolve("feed.json"), FeedJson.MAPPER.writeValueAsBytes(feedJson));
        ObjectNode old = TestFeed.notice("tzgg-2020-old", "很久以前的通知（示例）", "old");
        old.put("published_at", "2020-01-02T09:00:00+08:00");
        old.putArray("related").add("no-such-item");
        feed.putItem(old);
        feed.publish(1);
        try (Mirror mirror = Mirror.open(tmp.resolve("data"))) {
            new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT)
                    .run(new FolderFeedSource(feed.dir()), "test", SyncProgress.Listener.NONE, () -> false);
            String graphic = mirror.items().item("zcjd-2024-00131").orElseThrow().fileHashes().get(0);
            Files.delete(mirror.files().path(graphic));

            List<HealthFinding> findings = new ContentHealth(mirror)
                    .check(Instant.parse("2024-10-01T00:00:00Z"), Duration.ofDays(365));

            assertThat(subjects(findings, HealthFinding.Kind.POLICY_WITHOUT_INTERPRETATION))
                    .contains("zcwj-2023-00088", "zcwj-2022-00034").doesNotContain("zcwj-2024-00131");
            assertThat(subjects(findings, HealthFinding.Kind.STALE_COLUMN)).contains("old")
                    .doesNotContain("zcwj", "bszn", "ztzl");
            assertThat(findings).contains(new HealthFinding(HealthFinding.Kind.MISSING_RELATED, "tzgg-2020-old",
                    "很久以前的通知（示例）", "no-such-item"));
            assertThat(findings).filteredOn(f -> f.kind() == HealthFinding.Kind.MISSING_ATTACHMENT)
                    .extracting(HealthFinding::subject, HealthFinding::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("zcjd-2024-00131", graphic));
            assertThat(subjects(findings, HealthFinding.Kind.MISSING_URL)).contains("bszn-sjjs-jyzx")
                    .doesNotContain("zcwj-2024-00131");
        }
    }

    private static List<String> subjects(List<HealthFinding> findings, HealthFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).map(HealthFinding::subject).toList();
    }
}

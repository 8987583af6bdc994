package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anonymous usage log, counted back, and forgotten after its retention. */
class UsageStatsTest {

    @TempDir
    Path tmp;

    @Test
    void countsWhatWasDoneAndTellsSearchesThatFoundNothing() {
        try (Mirror mirror = Mirror.open(tmp)) {
            UsageLog log = mirror.usage();
            log.record("view", "bszn-ydz-sl", "bszn", null, null, null);
            log.record("view", "bszn-ydz-sl", "bszn", null, null, null);
            log.record("search", null, null, "优待证", 3, null);
            log.record("search", null, null, "光荣牌", 0, null);
            UsageStats stats = new UsageStats(mirror);
            assertThat(stats.since(Instant.now().minus(Duration.ofHours(1)))).containsExactlyInAnyOrder(
                    new UsageStats.Row("view", "bszn-ydz-sl", "bszn", null, 2),
                    new UsageStats.Row("search", null, null, "优待证", 1),
                    new UsageStats.Row("search_miss", null, null, "光荣牌", 1));
            // events are kept by the day only (privacy), so "later" means a later day
            assertThat(stats.since(Instant.now().plus(Duration.ofDays(1)))).isEmpty();
            assertThat(stats.deleteOlderThan(Instant.now().plus(Duration.ofDays(1)))).isEqualTo(4);
            assertThat(stats.since(Instant.EPOCH)).isEmpty();
        }
    }

    @Test
    void aMutedMirrorRecordsNothing() {
        try (Mirror mirror = Mirror.open(tmp)) {
            mirror.muteUsage();
            mirror.usage().record("view", "bszn-ydz-sl", null, null, null, null);
            mirror.usage().recordSearch("优待证", 3);
            assertThat(new UsageStats(mirror).since(Instant.EPOCH)).isEmpty();
        }
    }
}

package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling a normal start from a restart after a crash and from a crash loop. */
class RunHistoryTest {

    @TempDir
    Path tmp;

    final Instant t0 = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void cleanRunsAreNormalAndACrashIsNoticedOnTheNextStart() throws Exception {
        RunHistory runs = new RunHistory(tmp);
        assertThat(runs.recordStart(t0)).isEqualTo(RunHistory.StartKind.NORMAL);
        runs.recordStop(t0.plusSeconds(3600));
        assertThat(runs.recordStart(t0.plusSeconds(7200))).isEqualTo(RunHistory.StartKind.NORMAL);
        // no stop: the process died
        assertThat(runs.recordStart(t0.plusSeconds(9000))).isEqualTo(RunHistory.StartKind.AFTER_CRASH);
    }

    @Test
    void threeStartsInAMinuteWithoutAStopIsACrashLoop() throws Exception {
        RunHistory runs = new RunHistory(tmp);
        assertThat(runs.recordStart(t0)).isEqualTo(RunHistory.StartKind.NORMAL);
        assertThat(runs.recordStart(t0.plusSeconds(20))).isEqualTo(RunHistory.StartKind.AFTER_CRASH);
        assertThat(runs.recordStart(t0.plusSeconds(40))).isEqualTo(RunHistory.StartKind.CRASH_LOOP);
        // Crashes spread over hours are not a loop.
        RunHistory slow = new RunHistory(tmp.resolve("slow"));
        slow.recordStart(t0);
        slow.recordStart(t0.plusSeconds(3600));
        assertThat(slow.recordStart(t0.plusSeconds(7200))).isEqualTo(RunHistory.StartKind.AFTER_CRASH);
        // A clean stop ends a loop.
        runs.recordStop(t0.plusSeconds(45));
        assertThat(runs.recordStart(t0.plusSeconds(50))).isEqualTo(RunHistory.StartKind.NORMAL);
    }
}

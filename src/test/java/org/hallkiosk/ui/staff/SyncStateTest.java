package org.hallkiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.FeedState;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncRecord;
import org.junit.jupiter.api.Test;

/** The staff badge: which failures are red, which amber, and that each gets the README's 怎么办. */
class SyncStateTest {

    static final FeedState HELD = new FeedState(3, "济南市退役军人事务局", "2026-11-01T08:00:00+08:00", "x", null,
            null, "2026-11-01T08:01:00+08:00", null, null);

    static SyncRecord attempt(SyncOutcome outcome, String reasonKey) {
        return new SyncRecord(1, "2026-11-29T08:00:00Z", "2026-11-29T08:00:05Z", "https://feed.example/", "scheduled",
                outcome, 3L, 3L, 0, 0, 0, 0, 0, reasonKey, reasonKey == null ? null : "原因");
    }

    @Test
    void eachFailureGetsItsRowOfTheReadmeTable() {
        assertThat(SyncState.of(HELD, List.of(attempt(SyncOutcome.REFUSED, "sync.badSignature")), 0))
                .isEqualTo(new SyncState(SyncState.Level.FAIL, "ui.staff.state.syncFailed",
                        "ui.staff.advice.signature", "原因"));
        assertThat(SyncState.of(HELD, List.of(attempt(SyncOutcome.REFUSED, "sync.replay")), 0).adviceKey())
                .isEqualTo("ui.staff.advice.older");
        assertThat(SyncState.of(HELD, List.of(attempt(SyncOutcome.FAILED, "sync.diskFull")), 0).level())
                .isEqualTo(SyncState.Level.FAIL);
        assertThat(SyncState.of(HELD, List.of(attempt(SyncOutcome.REFUSED, "feed.badField")), 0).adviceKey())
                .isEqualTo("ui.staff.advice.publisher");
        // the network: nothing to do, the kiosk retries; amber, not red
        SyncState network = SyncState.of(HELD, List.of(attempt(SyncOutcome.FAILED, "http.unreachable")), 0);
        assertThat(network.level()).isEqualTo(SyncState.Level.WARN);
        assertThat(network.adviceKey()).isEqualTo("ui.staff.advice.network");
    }

    @Test
    void greenOnlyWhenContentIsHeldTheLastSyncWorkedAndTheConfigLoads() {
        assertThat(SyncState.of(HELD, List.of(attempt(SyncOutcome.UNCHANGED, null)), 0).level())
                .isEqualTo(SyncState.Level.OK);
        // a cancelled attempt says nothing about the feed: the one before it counts
        assertThat(SyncState.of(HELD, List.of(attempt(SyncOutcome.CANCELLED, "sync.cancelled"),
                attempt(SyncOutcome.APPLIED, null)), 0).level()).isEqualTo(SyncState.Level.OK);
        assertThat(SyncState.of(HELD, List.of(attempt(SyncOutcome.APPLIED, null)), 2).level())
                .isEqualTo(SyncState.Level.WARN);
        assertThat(SyncState.of(null, List.of(), 0).level()).isEqualTo(SyncState.Level.FAIL);
    }

    @Test
    void heldContentPastItsExpiryIsAmberAndASlowNetworkIsOnlyAmberToo() {
        FeedState expired = new FeedState(3, "济南市退役军人事务局", "2026-11-01T08:00:00+08:00", "x", null, null,
                "2026-11-01T08:01:00+08:00", null, "2026-11-08T08:00:00+08:00");
        SyncState state = SyncState.of(expired, List.of(attempt(SyncOutcome.UNCHANGED, null)), 0);
        assertThat(state.level()).isEqualTo(SyncState.Level.WARN);
        assertThat(state.headlineKey()).isEqualTo("ui.staff.state.expired");
        FeedState current = new FeedState(3, "济南市退役军人事务局", "2026-11-01T08:00:00+08:00", "x", null, null,
                "2026-11-01T08:01:00+08:00", null, "2999-01-01T00:00:00+08:00");
        assertThat(SyncState.of(current, List.of(attempt(SyncOutcome.UNCHANGED, null)), 0).level())
                .isEqualTo(SyncState.Level.OK);
        assertThat(SyncState.of(current, List.of(attempt(SyncOutcome.FAILED, "sync.tooSlow")), 0).level())
                .isEqualTo(SyncState.Level.WARN);
    }

    @Test
    void everyAdviceHasWordsAndTheChineseStaffScreensSay密码NotPin() {
        ResourceBundle zh = Messages.bundle(Messages.CHINESE);
        for (String key : zh.keySet()) {
            if (key.startsWith("ui.")) {
                assertThat(zh.getString(key)).as(key).doesNotContain("PIN");
            }
        }
        assertThat(zh.getString("ui.staff.pin.title")).contains("密码");
        for (String row : List.of("empty", "network", "signature", "older", "disk", "source", "publisher", "other",
                "config")) {
            assertThat(Messages.format(Locale.ENGLISH, "ui.staff.advice." + row)).doesNotStartWith("ui.");
        }
    }
}

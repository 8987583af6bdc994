package org.hallkiosk.ui.staff;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.FeedState;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncRecord;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.ui.KioskContext;

/**
 * The 同步 tab: the one state badge with 怎么办, where content comes from and when the next sync is due, what
 * the kiosk holds, 立即同步 (through the panel's {@link SyncRun}) and the history of attempts. The mirror is
 * read off the FX thread.
 */
final class SyncTabViewModel {

    static final int HISTORY = 10;

    private final KioskContext context;
    private final StaffTools staff;
    private final SyncRun run;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty lastSuccess = new SimpleStringProperty("");
    private final StringProperty lastFailure = new SimpleStringProperty("");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObjectProperty<SyncState.Level> stateLevel = new SimpleObjectProperty<>(SyncState.Level.OK);
    private final StringProperty stateHeadline = new SimpleStringProperty("");
    private final StringProperty stateAdvice = new SimpleStringProperty("");
    private final StringProperty feedAddress = new SimpleStringProperty("");
    private final StringProperty lastSource = new SimpleStringProperty("");
    private final StringProperty nextSync = new SimpleStringProperty("");
    private final StringProperty layoutInForce = new SimpleStringProperty("");

    SyncTabViewModel(KioskContext context, StaffTools staff, SyncRun run) {
        this.context = context;
        this.staff = staff;
        this.run = run;
    }

    SyncRun run() {
        return run;
    }

    StringProperty current() {
        return current;
    }

    StringProperty lastSuccess() {
        return lastSuccess;
    }

    StringProperty lastFailure() {
        return lastFailure;
    }

    ObservableList<String> history() {
        return history;
    }

    /** Green, amber or red: the badge at the top of the tab. */
    ObjectProperty<SyncState.Level> stateLevel() {
        return stateLevel;
    }

    /** What the state is, in one line. */
    StringProperty stateHeadline() {
        return stateHeadline;
    }

    /** 怎么办: what staff should do about it, empty when all is well. */
    StringProperty stateAdvice() {
        return stateAdvice;
    }

    /** The feed address the config names (what 立即同步 and the schedule use). */
    StringProperty feedAddress() {
        return feedAddress;
    }

    /** The source the last sync used, and whether it differs from the configured address. */
    StringProperty lastSource() {
        return lastSource;
    }

    /** Which layout is in force and where it came from (the feed for the kiosk's layout_group, or its own). */
    StringProperty layoutInForce() {
        return layoutInForce;
    }

    /** When the next automatic sync is due. */
    StringProperty nextSync() {
        return nextSync;
    }

    private record Status(FeedState state, SyncRecord success, SyncRecord failure, List<SyncRecord> recent,
                          String layout) {
    }

    void refresh() {
        var mirror = staff.sync().mirror();
        context.tasks().<Status>run(() -> {
            List<SyncRecord> recent = mirror.history().recent(50);
            SyncRecord failure = recent.stream().filter(r -> r.outcome() == SyncOutcome.FAILED
                    || r.outcome() == SyncOutcome.REFUSED || r.outcome() == SyncOutcome.INTERRUPTED)
                    .findFirst().orElse(null);
            var config = staff.config();
            String layout = LayoutLoader.loadForKiosk(config.configDir(), config.dataDir(), config.layoutGroup(),
                    false).describe();
            return new Status(mirror.items().state().orElse(null), mirror.history().lastSuccess().orElse(null), failure,
                    recent.subList(0, Math.min(HISTORY, recent.size())), layout);
        }, s -> {
            current.set(s.state() == null || s.state().sequence() < 0 ? Messages.get("ui.staff.sync.none")
                    : Messages.get("ui.staff.sync.current", s.state().sequence(), s.state().publisher(),
                    StaffWords.when(s.state().generatedAt())));
            lastSuccess.set(s.success() == null ? Messages.get("ui.staff.sync.never")
                    : Messages.get("ui.staff.sync.lastSuccess", StaffWords.when(s.success().finishedAt()),
                    StaffWords.outcome(s.success().outcome())));
            lastFailure.set(s.failure() == null ? Messages.get("ui.staff.sync.noFailure")
                    : Messages.get("ui.staff.sync.lastFailure", StaffWords.when(s.failure().finishedAt()),
                    s.failure().reason() == null ? StaffWords.outcome(s.failure().outcome()) : s.failure().reason()));
            history.setAll(s.recent().stream().map(SyncTabViewModel::historyLine).toList());
            layoutInForce.set(s.layout());
            showState(SyncState.of(s.state(), s.recent(), staff.configNotice().get().size()), s.recent());
        }, e -> {
            BackgroundFailures.report("staff status", e);
            current.set(Messages.get("ui.staff.error", String.valueOf(e.getMessage())));
        });
    }

    /** 立即同步 from the configured feed; the tab shows the new state when it has ended. */
    void syncNow() {
        run.start(null, SyncService.TRIGGER_MANUAL, this::refresh);
    }

    private void showState(SyncState state, List<SyncRecord> recent) {
        stateLevel.set(state.level());
        stateHeadline.set(state.reason() == null ? Messages.get(state.headlineKey())
                : Messages.get(state.headlineKey()) + Messages.get("ui.staff.state.reason", state.reason()));
        stateAdvice.set(state.adviceKey() == null ? "" : Messages.get("ui.staff.advice", Messages.get(state.adviceKey())));
        String configured = staff.config().feedLocation();
        feedAddress.set(Messages.get("ui.staff.feed.address", configured));
        SyncRecord last = recent.stream().filter(r -> r.outcome() != SyncOutcome.RUNNING).findFirst().orElse(null);
        lastSource.set(last == null ? Messages.get("ui.staff.feed.noSource")
                : Messages.get(sameSource(last.source(), configured) || last.trigger().equals(SyncService.TRIGGER_USB)
                        ? "ui.staff.feed.source" : "ui.staff.feed.otherSource", last.source()));
        nextSync.set(nextSyncLine(recent));
    }

    /** Whether a sync's source is the configured address (a folder is recorded absolute, an address as given). */
    static boolean sameSource(String used, String configured) {
        String u = used.replaceAll("/+$", "");
        String c = configured.replaceAll("/+$", "").replaceFirst("^\\./", "");
        return u.equals(c) || u.endsWith("/" + c);
    }

    /**
     * The schedule counts from the end of the last scheduled sync: the interval plus up to the jitter. Before
     * the first one, from the kiosk's start.
     */
    private String nextSyncLine(List<SyncRecord> recent) {
        long interval = staff.config().syncInterval().toMinutes();
        long jitter = staff.config().syncJitter().toMinutes();
        SyncRecord scheduled = recent.stream().filter(r -> SyncService.TRIGGER_SCHEDULED.equals(r.trigger())
                && r.finishedAt() != null).findFirst().orElse(null);
        if (scheduled == null) {
            return Messages.get("ui.staff.feed.nextAfterStart", interval, interval + jitter);
        }
        try {
            OffsetDateTime from = OffsetDateTime.parse(scheduled.finishedAt()).plusMinutes(interval);
            return Messages.get("ui.staff.feed.next", StaffWords.when(from.toString()),
                    StaffWords.when(from.plusMinutes(jitter).toString()), interval, jitter);
        } catch (DateTimeParseException e) {
            return Messages.get("ui.staff.feed.nextAfterStart", interval, interval + jitter);
        }
    }

    private static String historyLine(SyncRecord r) {
        String triggerKey = "ui.staff.trigger." + r.trigger().replace('-', '_');
        String trigger = Messages.get(triggerKey);
        String line = Messages.get("ui.staff.history.line", StaffWords.when(r.startedAt()),
                trigger.equals(triggerKey) ? r.trigger() : trigger, StaffWords.outcome(r.outcome()));
        return r.reason() == null ? line : line + Messages.get("ui.staff.history.reason", r.reason());
    }
}

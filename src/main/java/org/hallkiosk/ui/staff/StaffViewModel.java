package org.hallkiosk.ui.staff;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.feed.Cancellation;
import org.hallkiosk.feed.FeedDates;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.FeedSources;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.FeedState;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncRecord;
import org.hallkiosk.sync.SyncPlan;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.sync.SyncReport;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.sync.UsbFeeds;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.LatestHandBack;

/**
 * The staff panel's 同步 and U 盘导入 parts: what the kiosk holds, sync now with progress and cancel, feeds on
 * USB drives with what importing one would change, and the history of attempts. All disk and network work
 * runs off the FX thread.
 */
public final class StaffViewModel {

    static final int HISTORY = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final KioskContext context;
    private final StaffTools staff;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty lastSuccess = new SimpleStringProperty("");
    private final StringProperty lastFailure = new SimpleStringProperty("");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final ObservableList<Path> usbFeeds = FXCollections.observableArrayList();
    private final ObjectProperty<Path> chosen = new SimpleObjectProperty<>();
    private final StringProperty plan = new SimpleStringProperty("");
    private final BooleanProperty planReady = new SimpleBooleanProperty();
    private Cancellation cancel = new Cancellation();
    private final ObjectProperty<SyncState.Level> stateLevel = new SimpleObjectProperty<>(SyncState.Level.OK);
    private final StringProperty stateHeadline = new SimpleStringProperty("");
    private final StringProperty stateAdvice = new SimpleStringProperty("");
    private final StringProperty feedAddress = new SimpleStringProperty("");
    private final StringProperty lastSource = new SimpleStringProperty("");
    private final StringProperty nextSync = new SimpleStringProperty("");
    private final ObservableList<String> planTitles = FXCollections.observableArrayList();

    public StaffViewModel(KioskContext context, StaffTools staff) {
        this.context = context;
        this.staff = staff;
        refreshStatus();
        refreshUsb();
    }

    public StringProperty current() {
        return current;
    }

    public StringProperty lastSuccess() {
        return lastSuccess;
    }

    public StringProperty lastFailure() {
        return lastFailure;
    }

    public ObservableList<String> history() {
        return history;
    }

    public BooleanProperty running() {
        return running;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty progressText() {
        return progressText;
    }

    /** How the last sync or import ended, in plain words. */
    public StringProperty result() {
        return result;
    }

    public ObservableList<Path> usbFeeds() {
        return usbFeeds;
    }

    public ObjectProperty<Path> chosen() {
        return chosen;
    }

    /** What importing the chosen feed would change, or why it cannot be imported. */
    public StringProperty plan() {
        return plan;
    }

    public BooleanProperty planReady() {
        return planReady;
    }

    /** Green, amber or red: the badge at the top of the panel. */
    public ObjectProperty<SyncState.Level> stateLevel() {
        return stateLevel;
    }

    /** What the state is, in one line. */
    public StringProperty stateHeadline() {
        return stateHeadline;
    }

    /** 怎么办: what staff should do about it, empty when all is well. */
    public StringProperty stateAdvice() {
        return stateAdvice;
    }

    /** The feed address the config names (what 立即同步 and the schedule use). */
    public StringProperty feedAddress() {
        return feedAddress;
    }

    /** The source the last sync used, and whether it differs from the configured address. */
    public StringProperty lastSource() {
        return lastSource;
    }

    /** When the next automatic sync is due. */
    public StringProperty nextSync() {
        return nextSync;
    }

    /** The titles a USB import would add, change and withdraw, one line per kind. */
    public ObservableList<String> planTitles() {
        return planTitles;
    }

    private record Status(FeedState state, SyncRecord success, SyncRecord failure, List<SyncRecord> recent) {
    }

    public void refreshStatus() {
        var mirror = staff.sync().mirror();
        context.tasks().<Status>run(() -> {
            List<SyncRecord> recent = mirror.history().recent(50);
            SyncRecord failure = recent.stream().filter(r -> r.outcome() == SyncOutcome.FAILED
                    || r.outcome() == SyncOutcome.REFUSED || r.outcome() == SyncOutcome.INTERRUPTED)
                    .findFirst().orElse(null);
            return new Status(mirror.items().state().orElse(null), mirror.history().lastSuccess().orElse(null), failure,
                    recent.subList(0, Math.min(HISTORY, recent.size())));
        }, s -> {
            current.set(s.state() == null || s.state().sequence() < 0 ? Messages.get("ui.staff.sync.none")
                    : Messages.get("ui.staff.sync.current", s.state().sequence(), s.state().publisher(),
                    when(s.state().generatedAt())));
            lastSuccess.set(s.success() == null ? Messages.get("ui.staff.sync.never")
                    : Messages.get("ui.staff.sync.lastSuccess", when(s.success().finishedAt()),
                    outcome(s.success().outcome())));
            lastFailure.set(s.failure() == null ? Messages.get("ui.staff.sync.noFailure")
                    : Messages.get("ui.staff.sync.lastFailure", when(s.failure().finishedAt()),
                    s.failure().reason() == null ? outcome(s.failure().outcome()) : s.failure().reason()));
            history.setAll(s.recent().stream().map(StaffViewModel::historyLine).toList());
            showState(SyncState.of(s.state(), s.recent(), staff.configNotice().get().size()), s.recent());
        }, e -> {
            BackgroundFailures.report("staff status", e);
            current.set(Messages.get("ui.staff.error", String.valueOf(e.getMessage())));
        });
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
            return Messages.get("ui.staff.feed.next", when(from.toString()), when(from.plusMinutes(jitter).toString()),
                    interval, jitter);
        } catch (java.time.format.DateTimeParseException e) {
            return Messages.get("ui.staff.feed.nextAfterStart", interval, interval + jitter);
        }
    }

    /** 立即同步 from the configured feed. */
    public void syncNow() {
        start(null, SyncService.TRIGGER_MANUAL);
    }

    /** 取消: the engine stops at its next step, and a back-off wait for the server ends at once. */
    public void cancel() {
        cancel.cancel();
    }

    /** Looks for feeds on USB drives again (also done every few seconds while the part is shown). */
    public void refreshUsb() {
        Path root = staff.config().usbMountRoot();
        context.tasks().run(() -> UsbFeeds.find(root), found -> {
            if (!found.equals(usbFeeds)) {
                usbFeeds.setAll(found);
            }
        }, e -> BackgroundFailures.report("USB scan", e));
    }

    /** Verifies the feed's manifest and signature and says what importing it would change. */
    public void choose(Path feed) {
        chosen.set(feed);
        planReady.set(false);
        planTitles.clear();
        plan.set(Messages.get("ui.staff.usb.checking"));
        var engine = staff.sync().engine();
        var mirror = staff.sync().mirror();
        staff.syncTasks().<UsbPreview>run(() -> {
            try (FeedSource source = FeedSources.open(feed.toString(), Path.of(""), engine.options().http())) {
                return UsbPreview.of(engine.preview(source), source, mirror);
            }
        }, p -> {
            plan.set(p.changesNothing() ? Messages.get("ui.staff.usb.nothing", p.plan().manifest().sequence())
                    : describe(p.plan()));
            planTitles.setAll(titles(p));
            planReady.set(!p.changesNothing()); // no 应用 for an import that changes nothing
        }, e -> plan.set(Messages.get("ui.staff.usb.refused", String.valueOf(e.getMessage()))));
    }

    /** 应用: imports the chosen feed through the same engine, with the same checks, as trigger "usb". */
    public void apply() {
        Path feed = chosen.get();
        if (feed != null && planReady.get()) {
            planReady.set(false);
            plan.set("");
            start(feed.toString(), SyncService.TRIGGER_USB);
        }
    }

    public void dismiss() {
        chosen.set(null);
        plan.set("");
        planReady.set(false);
    }

    private void start(String location, String trigger) {
        if (running.get()) {
            return;
        }
        Cancellation stop = new Cancellation();
        cancel = stop;
        running.set(true);
        progress.set(0);
        result.set("");
        progressText.set(Messages.get("ui.staff.sync.starting"));
        LatestHandBack<SyncProgress> toFx = new LatestHandBack<>(this::show); // one update per pulse at most
        SyncProgress.Listener listener = toFx::accept;
        staff.syncTasks().run(() -> staff.sync().sync(location, trigger, listener, stop), report -> {
            running.set(false);
            result.set(say(report));
            refreshStatus();
        }, e -> {
            BackgroundFailures.report("staff sync", e); // the engine reports; an exception is a fault of the kiosk
            running.set(false);
            result.set(Messages.get("ui.staff.error", String.valueOf(e.getMessage())));
            refreshStatus();
        });
    }

    private void show(SyncProgress p) {
        if (!running.get()) {
            return;
        }
        double done = p.bytesTotal() > 0 ? (double) p.bytesDone() / p.bytesTotal()
                : p.itemsTotal() > 0 ? (double) p.itemsDone() / p.itemsTotal() : -1;
        progress.set(p.phase() == SyncProgress.Phase.DONE ? 1 : done);
        progressText.set(Messages.get("ui.staff.sync.progress", Messages.get("ui.staff.phase." + p.phase().name()
                .toLowerCase(java.util.Locale.ROOT)), p.itemsDone(), p.itemsTotal(), p.filesDone(), p.filesTotal(),
                size(p.bytesDone()), size(p.bytesTotal())));
    }

    static String say(SyncReport r) {
        if (r.succeeded()) {
            return r.outcome() == SyncOutcome.UNCHANGED ? Messages.get("ui.staff.sync.unchanged", r.sequenceAfter())
                    : Messages.get("ui.staff.sync.applied", r.sequenceAfter(), r.newItems(), r.changedItems(),
                    r.withdrawnItems());
        }
        return Messages.get("ui.staff.sync.failed", r.reason() != null ? r.reason() : outcome(r.outcome()));
    }

    static String describe(SyncPlan p) {
        return Messages.get("ui.staff.usb.plan", p.manifest().sequence(), p.sequenceBefore(), p.newItems().size(),
                p.changedItems().size(), p.withdrawn().size(), p.missingFiles().size(), size(p.downloadBytes()));
    }

    static List<String> titles(UsbPreview p) {
        List<String> out = new java.util.ArrayList<>();
        java.util.function.Function<Integer, String> more = n -> Messages.get("ui.staff.usb.more", n);
        if (!p.added().isEmpty()) {
            out.add(Messages.get("ui.staff.usb.added", UsbPreview.line(p.added(), p.plan().newItems().size(), more)));
        }
        if (!p.changed().isEmpty()) {
            out.add(Messages.get("ui.staff.usb.changed",
                    UsbPreview.line(p.changed(), p.plan().changedItems().size(), more)));
        }
        if (!p.withdrawn().isEmpty()) {
            out.add(Messages.get("ui.staff.usb.withdrawn",
                    UsbPreview.line(p.withdrawn(), p.plan().withdrawn().size(), more)));
        }
        return out;
    }

    private static String historyLine(SyncRecord r) {
        String triggerKey = "ui.staff.trigger." + r.trigger().replace('-', '_');
        String trigger = Messages.get(triggerKey);
        String line = Messages.get("ui.staff.history.line", when(r.startedAt()),
                trigger.equals(triggerKey) ? r.trigger() : trigger, outcome(r.outcome()));
        return r.reason() == null ? line : line + Messages.get("ui.staff.history.reason", r.reason());
    }

    static String outcome(SyncOutcome o) {
        return Messages.get("ui.staff.outcome." + o.code());
    }

    static String when(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(FeedDates.CHINA).format(WHEN);
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Messages.get("ui.staff.size.kb", String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0));
        }
        return Messages.get("ui.staff.size.mb", String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0));
    }

    /**
     * Opens the layout designer in a window over the kiosk, on this kiosk's config folder and content; a save
     * reaches the kiosk as any edit of the folder does. Nothing happens on the built-in settings (no folder).
     */
    public void openDesigner(javafx.stage.Window owner) {
        java.nio.file.Path dir = staff.config().configDir();
        if (dir != null) {
            org.hallkiosk.ui.design.DesignWindow.openOver(owner, dir, context.mirror(), context.tasks());
        }
    }
}

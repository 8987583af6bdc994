package org.hallkiosk.ui.staff;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.feed.Cancellation;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.ui.LatestHandBack;

/**
 * One sync at a time from the staff panel, 立即同步 or a USB import: whether it runs, its progress in words,
 * 取消, and how it ended. The 同步 and U 盘导入 tabs share it, so a sync started on one shows on the other.
 */
final class SyncRun {

    private final StaffTools staff;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private Cancellation cancel = new Cancellation();

    SyncRun(StaffTools staff) {
        this.staff = staff;
    }

    BooleanProperty running() {
        return running;
    }

    DoubleProperty progress() {
        return progress;
    }

    StringProperty progressText() {
        return progressText;
    }

    /** How the last sync or import ended, in plain words. */
    StringProperty result() {
        return result;
    }

    /**
     * Syncs from {@code location} (null: the configured feed) off the FX thread, on the staff tools' own
     * executor; {@code after} runs on the FX thread when it has ended, however it ended.
     */
    void start(String location, String trigger, Runnable after) {
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
            after.run();
        }, e -> {
            BackgroundFailures.report("staff sync", e); // the engine reports; an exception is a fault of the kiosk
            running.set(false);
            result.set(Messages.get("ui.staff.error", String.valueOf(e.getMessage())));
            after.run();
        });
    }

    /** 取消: the engine stops at its next step, and a back-off wait for the server ends at once. */
    void cancel() {
        cancel.cancel();
    }

    private void show(SyncProgress p) {
        if (!running.get()) {
            return;
        }
        double done = p.bytesTotal() > 0 ? (double) p.bytesDone() / p.bytesTotal()
                : p.itemsTotal() > 0 ? (double) p.itemsDone() / p.itemsTotal() : -1;
        progress.set(p.phase() == SyncProgress.Phase.DONE ? 1 : done);
        progressText.set(Messages.get("ui.staff.sync.progress", Messages.get("ui.staff.phase."
                + p.phase().name().toLowerCase(Locale.ROOT)), p.itemsDone(), p.itemsTotal(), p.filesDone(),
                p.filesTotal(), StaffWords.size(p.bytesDone()), StaffWords.size(p.bytesTotal())));
    }

    static String say(SyncReport r) {
        if (r.succeeded()) {
            return r.outcome() == SyncOutcome.UNCHANGED ? Messages.get("ui.staff.sync.unchanged", r.sequenceAfter())
                    : Messages.get("ui.staff.sync.applied", r.sequenceAfter(), r.newItems(), r.changedItems(),
                    r.withdrawnItems());
        }
        return Messages.get("ui.staff.sync.failed", r.reason() != null ? r.reason() : StaffWords.outcome(r.outcome()));
    }
}

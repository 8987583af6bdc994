package org.hallkiosk.ui.staff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.FeedSources;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.sync.SyncPlan;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.sync.UsbFeeds;
import org.hallkiosk.ui.KioskContext;

/**
 * The U 盘导入 tab: feeds found on USB drives, what importing the chosen one would change (by title), 应用
 * through the panel's {@link SyncRun} with the same checks as any sync, and 取消. Drives are read off the FX
 * thread; the preview on the staff tools' own executor.
 */
final class UsbTabViewModel {

    private final KioskContext context;
    private final StaffTools staff;
    private final SyncRun run;
    private final ObservableList<Path> feeds = FXCollections.observableArrayList();
    private final ObjectProperty<Path> chosen = new SimpleObjectProperty<>();
    private final StringProperty plan = new SimpleStringProperty("");
    private final BooleanProperty planReady = new SimpleBooleanProperty();
    private final ObservableList<String> planTitles = FXCollections.observableArrayList();

    UsbTabViewModel(KioskContext context, StaffTools staff, SyncRun run) {
        this.context = context;
        this.staff = staff;
        this.run = run;
    }

    SyncRun run() {
        return run;
    }

    /** Where the kiosk looks for drives, in a sentence. */
    String whereToLook() {
        return Messages.get("ui.staff.usb.root", String.valueOf(staff.config().usbMountRoot()));
    }

    ObservableList<Path> feeds() {
        return feeds;
    }

    /** What importing the chosen feed would change, or why it cannot be imported. */
    StringProperty plan() {
        return plan;
    }

    /** Whether 应用 is offered: a verified feed that changes something. */
    BooleanProperty planReady() {
        return planReady;
    }

    /** The titles an import would add, change and withdraw, one line per kind. */
    ObservableList<String> planTitles() {
        return planTitles;
    }

    /** Looks for feeds on USB drives again (also done every few seconds while the tab is shown). */
    void refresh() {
        Path root = staff.config().usbMountRoot();
        context.tasks().run(() -> UsbFeeds.find(root), found -> {
            if (!found.equals(feeds)) {
                feeds.setAll(found);
            }
        }, e -> BackgroundFailures.report("USB scan", e));
    }

    /** Verifies the feed's manifest and signature and says what importing it would change. */
    void choose(Path feed) {
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
    void apply() {
        Path feed = chosen.get();
        if (feed != null && planReady.get()) {
            planReady.set(false);
            plan.set("");
            run.start(feed.toString(), SyncService.TRIGGER_USB, () -> { });
        }
    }

    void dismiss() {
        chosen.set(null);
        plan.set("");
        planReady.set(false);
    }

    static String describe(SyncPlan p) {
        return Messages.get("ui.staff.usb.plan", p.manifest().sequence(), p.sequenceBefore(), p.newItems().size(),
                p.changedItems().size(), p.withdrawn().size(), p.missingFiles().size(),
                StaffWords.size(p.downloadBytes()));
    }

    static List<String> titles(UsbPreview p) {
        List<String> out = new ArrayList<>();
        Function<Integer, String> more = n -> Messages.get("ui.staff.usb.more", n);
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
}

package org.hallkiosk.ui.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.config.LayoutReach;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.ContentHealth;
import org.hallkiosk.mirror.HealthFinding;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.ui.KioskContext;

/**
 * The 内容健康 tab: the findings by severity, by title, each group with what to do. Checked off the FX thread.
 */
final class HealthTabViewModel {

    /** One severity's findings, by title, with what to do about them. */
    record HealthGroup(SyncState.Level level, String heading, String advice, List<String> lines) {
        HealthGroup {
            lines = List.copyOf(lines);
        }

        /** The style class of its heading: health-fail, health-warn or health-ok. */
        String styleClass() {
            return "health-" + level.name().toLowerCase(Locale.ROOT);
        }
    }

    private final KioskContext context;
    private final StaffTools staff;
    private final ObservableList<HealthGroup> groups = FXCollections.observableArrayList();
    private final StringProperty total = new SimpleStringProperty("");

    HealthTabViewModel(KioskContext context, StaffTools staff) {
        this.context = context;
        this.staff = staff;
    }

    /**
     * What visitors meet first (a tile or link to nothing), then what the work plan asks for (三同步, 要素齐全),
     * then the stale columns in one line.
     */
    ObservableList<HealthGroup> groups() {
        return groups;
    }

    /** How many findings, and after how many days a column counts as stale. */
    StringProperty total() {
        return total;
    }

    void load() {
        Mirror mirror = context.mirror();
        Duration staleAfter = staff.settings().staleAfter();
        var layout = context.layout();
        context.tasks().run(() -> {
            List<HealthFinding> all = new ArrayList<>(new ContentHealth(mirror).check(Instant.now(), staleAfter));
            all.addAll(LayoutReach.check(layout, mirror));
            return all;
        }, list -> {
            groups.setAll(group(list, staleAfter.toDays()));
            total.set(Messages.get("ui.staff.health.total", list.size(), staleAfter.toDays()));
        }, e -> {
            BackgroundFailures.report("content health", e);
            total.set(Messages.get("ui.staff.error", String.valueOf(e.getMessage())));
        });
    }

    static List<HealthGroup> group(List<HealthFinding> list, long staleDays) {
        List<String> broken = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (HealthFinding f : list) {
            String line = Messages.get("ui.staff.health." + f.kind().code(), f.title(), f.detail() == null ? ""
                    : f.detail(), f.subject());
            switch (f.kind()) {
                case MISSING_RELATED, MISSING_ATTACHMENT, LAYOUT_TARGET_MISSING, LAYOUT_TARGET_EMPTY,
                        LAYOUT_SEARCH_EMPTY -> broken.add(line);
                case STALE_COLUMN -> stale.add(f.title());
                default -> incomplete.add(line);
            }
        }
        List<HealthGroup> out = new ArrayList<>();
        if (!broken.isEmpty()) {
            out.add(new HealthGroup(SyncState.Level.FAIL, Messages.get("ui.staff.health.broken", broken.size()),
                    Messages.get("ui.staff.health.brokenAdvice"), broken));
        }
        if (!incomplete.isEmpty()) {
            out.add(new HealthGroup(SyncState.Level.WARN, Messages.get("ui.staff.health.incomplete",
                    incomplete.size()), Messages.get("ui.staff.health.incompleteAdvice"), incomplete));
        }
        if (!stale.isEmpty()) {
            out.add(new HealthGroup(SyncState.Level.OK, Messages.get("ui.staff.health.stale", stale.size(),
                    staleDays), Messages.get("ui.staff.health.staleAdvice"), List.of(String.join("、", stale))));
        }
        return out;
    }
}

package org.hallkiosk.ui.staff;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.aids.AidsAvailability;
import org.hallkiosk.config.KioskLogs;
import org.hallkiosk.config.LayoutReach;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.ContentHealth;
import org.hallkiosk.mirror.HealthFinding;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.UsageStats;
import org.hallkiosk.ui.KioskContext;

/**
 * The staff panel's 内容健康, 使用统计 and 设备 parts: the health findings, usage counts of the last
 * {@link #USAGE_DAYS} days (with what the charts show), the reading aids and the latest problems in the log.
 */
public final class StaffReportsViewModel {

    static final int USAGE_DAYS = 30;
    static final int TOP = 8;
    static final int LOG_LINES = 10;

    /** One bar: a name and a count. */
    public record Bar(String name, int count) {
    }

    private final KioskContext context;
    private final StaffTools staff;
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<HealthGroup> healthGroups = FXCollections.observableArrayList();
    private final StringProperty findingsTotal = new SimpleStringProperty("");
    private final ObservableList<Bar> kinds = FXCollections.observableArrayList();
    private final ObservableList<Bar> topItems = FXCollections.observableArrayList();
    private final ObservableList<Bar> topColumns = FXCollections.observableArrayList();
    private final ObservableList<String> misses = FXCollections.observableArrayList();
    private final ObservableList<String> ratings = FXCollections.observableArrayList();
    private final ObservableList<String> device = FXCollections.observableArrayList();

    public StaffReportsViewModel(KioskContext context, StaffTools staff) {
        this.context = context;
        this.staff = staff;
    }

    public ObservableList<String> findings() {
        return findings;
    }

    /**
     * The findings by severity: what visitors meet first (a tile or link to nothing), then what the work plan
     * asks for (三同步, 要素齐全), then the stale columns in one line. Each group says what to do.
     */
    public ObservableList<HealthGroup> healthGroups() {
        return healthGroups;
    }

    /** One severity's findings, by title, with what to do about them. */
    public record HealthGroup(SyncState.Level level, String heading, String advice, List<String> lines) {
        public HealthGroup {
            lines = List.copyOf(lines);
        }
    }

    public StringProperty findingsTotal() {
        return findingsTotal;
    }

    /** Totals per kind of action (views, searches, no result, read aloud, print, QR, ratings). */
    public ObservableList<Bar> kinds() {
        return kinds;
    }

    public ObservableList<Bar> topItems() {
        return topItems;
    }

    public ObservableList<Bar> topColumns() {
        return topColumns;
    }

    /** Searches that found nothing, most frequent first: what visitors looked for and did not find. */
    public ObservableList<String> misses() {
        return misses;
    }

    public ObservableList<String> ratings() {
        return ratings;
    }

    public ObservableList<String> device() {
        return device;
    }

    public void loadHealth() {
        Mirror mirror = context.mirror();
        Duration staleAfter = staff.settings().staleAfter();
        var layout = context.layout();
        context.tasks().run(() -> {
            List<HealthFinding> all = new ArrayList<>(new ContentHealth(mirror).check(Instant.now(), staleAfter));
            all.addAll(LayoutReach.check(layout, mirror));
            return all;
        }, list -> {
            findings.setAll(list.stream().map(StaffReportsViewModel::say).toList());
            healthGroups.setAll(group(list, staleAfter.toDays()));
            findingsTotal.set(Messages.get("ui.staff.health.total", list.size(), staleAfter.toDays()));
        }, e -> findingsTotal.set(Messages.get("ui.staff.error", String.valueOf(e.getMessage()))));
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

    static String say(HealthFinding f) {
        return Messages.get("health." + f.kind().code(), f.subject(), f.title(), f.detail() == null ? "" : f.detail());
    }

    private record Usage(List<Bar> kinds, List<Bar> items, List<Bar> columns, List<String> misses,
                         List<String> ratings) {
    }

    public void loadUsage() {
        Mirror mirror = context.mirror();
        context.tasks().run(() -> usage(mirror), u -> {
            kinds.setAll(u.kinds());
            topItems.setAll(u.items());
            topColumns.setAll(u.columns());
            misses.setAll(u.misses());
            ratings.setAll(u.ratings());
        }, e -> misses.setAll(Messages.get("ui.staff.error", String.valueOf(e.getMessage()))));
    }

    private static Usage usage(Mirror mirror) {
        List<UsageStats.Row> rows = new UsageStats(mirror).since(Instant.now().minus(Duration.ofDays(USAGE_DAYS)));
        Map<String, Integer> perKind = new TreeMap<>();
        Map<String, Integer> perItem = new LinkedHashMap<>();
        Map<String, Integer> perColumn = new LinkedHashMap<>();
        Map<String, int[]> perRating = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (UsageStats.Row r : rows) {
            perKind.merge(r.kind(), r.count(), Integer::sum);
            if ("view".equals(r.kind()) && r.itemId() != null) {
                perItem.merge(r.itemId(), r.count(), Integer::sum);
            } else if ("column".equals(r.kind()) && r.columnId() != null) {
                perColumn.merge(r.columnId(), r.count(), Integer::sum);
            } else if ("search_miss".equals(r.kind()) && misses.size() < TOP) {
                misses.add(Messages.get("ui.staff.usage.miss", r.query(), r.count()));
            } else if (r.kind().startsWith("rating_") && r.itemId() != null) {
                perRating.computeIfAbsent(r.itemId(), k -> new int[2])[r.kind().equals("rating_helpful") ? 0 : 1]
                        += r.count();
            }
        }
        Map<String, String> titles = new java.util.HashMap<>();
        List<String> ids = new ArrayList<>(perItem.keySet());
        ids.addAll(perRating.keySet());
        for (ItemSummary s : mirror.items().summaries(ids)) {
            titles.put(s.id(), s.title());
        }
        Map<String, String> columnNames = new java.util.HashMap<>();
        mirror.items().columns().forEach(c -> columnNames.put(c.id(), c.name()));
        List<Bar> kinds = perKind.entrySet().stream()
                .map(e -> new Bar(kindName(e.getKey()), e.getValue())).toList();
        List<Bar> items = perItem.entrySet().stream().limit(TOP)
                .map(e -> new Bar(titles.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
        List<Bar> columns = perColumn.entrySet().stream().limit(TOP)
                .map(e -> new Bar(columnNames.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
        List<String> ratings = perRating.entrySet().stream().limit(TOP)
                .map(e -> Messages.get("ui.staff.usage.rating", titles.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue()[0], e.getValue()[1])).toList();
        return new Usage(kinds, items, columns, misses, ratings);
    }

    static String kindName(String kind) {
        String key = "ui.staff.kind." + kind;
        String name = Messages.get(key);
        return name.equals(key) ? kind : name;
    }

    public void loadDevice() {
        context.tasks().run(() -> {
            List<String> lines = new ArrayList<>();
            AidsAvailability a = staff.aids().get();
            for (AidsAvailability.AidState s : a.staffPanel()) {
                lines.add(s.availability().isWorking() ? Messages.get("ui.staff.device.works", s.name())
                        : Messages.get("ui.staff.device.absent", s.name(), s.availability().reason()));
            }
            List<String> problems;
            try {
                problems = KioskLogs.latestProblems(staff.dataDir(), LOG_LINES);
            } catch (IOException e) {
                problems = List.of(String.valueOf(e.getMessage()));
            }
            lines.add(problems.isEmpty() ? Messages.get("ui.staff.device.noProblems")
                    : Messages.get("ui.staff.device.problems", problems.size()));
            lines.addAll(problems);
            return lines;
        }, device::setAll, e -> device.setAll(Messages.get("ui.staff.error", String.valueOf(e.getMessage()))));
    }
}

package org.hallkiosk.ui.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.UsageStats;
import org.hallkiosk.ui.KioskContext;

/**
 * The 使用统计 tab: usage counts of the last {@link #USAGE_DAYS} days (per kind of action, the most viewed
 * items and columns), searches that found nothing and the answers to 这条信息对您有帮助吗. Read off the FX thread.
 */
final class UsageTabViewModel {

    static final int USAGE_DAYS = 30;
    static final int TOP = 8;

    /** One bar: a name and a count. */
    record Bar(String name, int count) {
        /** 名称：N 次 */
        String line() {
            return Messages.get("ui.staff.usage.count", name, count);
        }
    }

    private final KioskContext context;
    private final StaffTools staff;
    private final ObservableList<Bar> kinds = FXCollections.observableArrayList();
    private final ObservableList<Bar> topItems = FXCollections.observableArrayList();
    private final ObservableList<Bar> topColumns = FXCollections.observableArrayList();
    private final ObservableList<String> misses = FXCollections.observableArrayList();
    private final ObservableList<String> ratings = FXCollections.observableArrayList();

    UsageTabViewModel(KioskContext context, StaffTools staff) {
        this.context = context;
        this.staff = staff;
    }

    /** Which days the counts cover and when records are deleted. */
    String period() {
        return Messages.get("ui.staff.usage.period", USAGE_DAYS, staff.settings().usageRetention().toDays());
    }

    /** Totals per kind of action (views, searches, no result, read aloud, print, QR, ratings). */
    ObservableList<Bar> kinds() {
        return kinds;
    }

    ObservableList<Bar> topItems() {
        return topItems;
    }

    ObservableList<Bar> topColumns() {
        return topColumns;
    }

    /** Searches that found nothing, most frequent first: what visitors looked for and did not find. */
    ObservableList<String> misses() {
        return misses;
    }

    ObservableList<String> ratings() {
        return ratings;
    }

    private record Usage(List<Bar> kinds, List<Bar> items, List<Bar> columns, List<String> misses,
                         List<String> ratings) {
    }

    void load() {
        Mirror mirror = context.mirror();
        context.tasks().run(() -> usage(mirror), u -> {
            kinds.setAll(u.kinds());
            topItems.setAll(u.items());
            topColumns.setAll(u.columns());
            misses.setAll(u.misses());
            ratings.setAll(u.ratings());
        }, e -> {
            BackgroundFailures.report("usage statistics", e);
            misses.setAll(Messages.get("ui.staff.error", String.valueOf(e.getMessage())));
        });
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
        Map<String, String> titles = new HashMap<>();
        List<String> ids = new ArrayList<>(perItem.keySet());
        ids.addAll(perRating.keySet());
        for (ItemSummary s : mirror.items().summaries(ids)) {
            titles.put(s.id(), s.title());
        }
        Map<String, String> columnNames = new HashMap<>();
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
}

package org.hallkiosk.fleet;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hallkiosk.i18n.Messages;

/**
 * The fleet as {@code fleet} shows it: each kiosk with what is wrong with it (behind the newest feed sequence
 * any kiosk holds, content expired, last sync failed, silent for longer than allowed), the reports that were
 * refused, and the city's searches that found nothing, summed over every kiosk.
 */
public record FleetView(List<Row> rows, List<FleetSource.Entry> refused, long newestSequence,
                        List<CityUnfound> unfound, Duration silentAfter) {

    /** One kiosk. {@code silentHours} is how long ago it reported, in whole hours. */
    public record Row(String file, KioskReport report, boolean behind, boolean stale, boolean failing,
                      boolean silent, long silentHours) {

        public boolean ok() {
            return !behind && !stale && !failing && !silent;
        }

        /** What is wrong, in words (正常 when nothing). */
        public String stateText(long newest) {
            List<String> s = new ArrayList<>();
            if (silent) {
                s.add(Messages.get("fleet.state.silent", silentHours));
            }
            if (failing) {
                String reason = report.lastSync().reason();
                s.add(Messages.get("fleet.state.failing", reason == null ? report.lastSync().outcome() : reason));
            }
            if (stale) {
                s.add(Messages.get("fleet.state.stale"));
            }
            if (behind) {
                s.add(Messages.get("fleet.state.behind", Long.toString(report.sequence()), Long.toString(newest)));
            }
            if (report.layout() != null && report.layout().problem() != null) {
                s.add(Messages.get("fleet.state.layout", report.layout().problem()));
            }
            return s.isEmpty() ? Messages.get("fleet.state.ok") : String.join(Messages.get("fleet.state.separator"), s);
        }
    }

    /** One search that found nothing somewhere in the city: how often, on how many kiosks, last on which day. */
    public record CityUnfound(String query, int count, int kiosks, String lastDay) {
    }

    public static FleetView of(List<FleetSource.Entry> entries, Instant now, Duration silentAfter) {
        List<FleetSource.Entry> refused = entries.stream().filter(e -> e.problem() != null).toList();
        List<KioskReport> reports = entries.stream().filter(e -> e.report() != null).map(FleetSource.Entry::report)
                .toList();
        long newest = reports.stream().mapToLong(KioskReport::sequence).max().orElse(-1);
        List<Row> rows = new ArrayList<>();
        for (FleetSource.Entry e : entries) {
            KioskReport r = e.report();
            if (r == null) {
                continue;
            }
            Duration since = Duration.between(OffsetDateTime.parse(r.reportedAt()).toInstant(), now);
            boolean silent = since.compareTo(silentAfter) > 0;
            boolean failing = r.lastSync() != null && r.lastSync().failed();
            rows.add(new Row(e.file(), r, r.sequence() < newest, r.stale(), failing, silent,
                    Math.max(0, since.toHours())));
        }
        rows.sort(Comparator.comparing(Row::ok).thenComparing(r -> r.report().kioskId()));
        return new FleetView(rows, refused, newest, unfound(reports), silentAfter);
    }

    private static List<CityUnfound> unfound(List<KioskReport> reports) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Set<String>> kiosks = new HashMap<>();
        Map<String, String> last = new HashMap<>();
        for (KioskReport r : reports) {
            for (KioskReport.Unfound u : r.unfound()) {
                counts.merge(u.query(), u.count(), Integer::sum);
                kiosks.computeIfAbsent(u.query(), q -> new HashSet<>()).add(r.kioskId());
                last.merge(u.query(), u.day(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new CityUnfound(e.getKey(), e.getValue(), kiosks.get(e.getKey()).size(), last.get(e.getKey())))
                .sorted(Comparator.comparingInt(CityUnfound::count).reversed().thenComparing(CityUnfound::query))
                .toList();
    }

    public long count(Predicate<Row> p) {
        return rows.stream().filter(p).count();
    }

    /** 共 N 台：正常 a，内容落后 b，内容过期 c，同步失败 d，失联 e；无法读取的报告 f 份. */
    public String summary() {
        return Messages.get("fleet.summary", rows.size(), count(Row::ok), count(Row::behind), count(Row::stale),
                count(Row::failing), count(Row::silent), refused.size());
    }
}

package org.hallkiosk.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.feed.FeedDates;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.UsageStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stats}: the anonymous usage counts since a date, as a table or CSV. */
@Command(name = "stats", description = "Export anonymous usage counts (views, searches, searches with no result...).")
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--since", paramLabel = "DATE", description = "first day counted, YYYY-MM-DD (default: 30 days ago)")
    LocalDate since;

    @Option(names = "--csv", description = "print CSV: kind,item_id,column_id,query,count")
    boolean csv;

    @Override
    public Integer call() {
        KioskConfig config = common.config();
        if (config == null) {
            return 1;
        }
        LocalDate from = since != null ? since : LocalDate.now(FeedDates.CHINA).minusDays(30);
        Mirror opened = common.openExistingMirror(config);
        if (opened == null) {
            return 1;
        }
        try (Mirror mirror = opened) {
            List<UsageStats.Row> rows = new UsageStats(mirror).since(from.atStartOfDay(FeedDates.CHINA).toInstant());
            if (csv) {
                System.out.println("kind,item_id,column_id,query,count");
                rows.forEach(r -> System.out.println(String.join(",", cell(r.kind()), cell(r.itemId()),
                        cell(r.columnId()), cell(r.query()), Integer.toString(r.count()))));
            } else {
                rows.forEach(r -> System.out.printf("%6d  %-12s %s%n", r.count(), r.kind(),
                        r.query() != null ? r.query() : r.itemId() != null ? r.itemId()
                                : r.columnId() != null ? r.columnId() : ""));
            }
            return 0;
        }
    }

    /** RFC 4180: quote a cell that holds a comma, a quote or a line break. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}

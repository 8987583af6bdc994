package org.hallkiosk.fleet;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hallkiosk.config.AppVersion;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.mirror.ContentFreshness;
import org.hallkiosk.mirror.FeedState;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncRecord;
import org.hallkiosk.mirror.UsageStats;

/**
 * Builds this kiosk's {@link KioskReport} from what it holds: the mirror (feed, last sync, usage by day), the
 * data folder's disk, the process's uptime, and the aids and layout as the kiosk sees them now. Reads the disk:
 * run it on the report writer's thread, never on the FX thread.
 */
public final class ReportBuilder implements Supplier<KioskReport> {

    private static final Logger LOG = Logger.getLogger(ReportBuilder.class.getName());

    private final KioskConfig config;
    private final Mirror mirror;
    private final Supplier<KioskReport.Aids> aids;
    private final Supplier<KioskReport.Layout> layout;

    /**
     * @param aids which aids work now (checked each report: a printer may have been plugged in)
     * @param layout the layout in force and where it came from; may return null
     */
    public ReportBuilder(KioskConfig config, Mirror mirror, Supplier<KioskReport.Aids> aids,
                         Supplier<KioskReport.Layout> layout) {
        this.config = config;
        this.mirror = mirror;
        this.aids = aids;
        this.layout = layout;
    }

    @Override
    public KioskReport get() {
        return build(Instant.now());
    }

    public KioskReport build(Instant now) {
        FeedState state = mirror.items().state().orElse(null);
        boolean stale = ContentFreshness.of(mirror, now).map(ContentFreshness::stale).orElse(false);
        SyncRecord last = mirror.history().recent(5).stream().filter(r -> r.outcome() != SyncOutcome.RUNNING)
                .findFirst().orElse(null);
        SyncRecord success = mirror.history().lastSuccess().orElse(null);
        Instant since = now.minus(Duration.ofDays(KioskReport.DAYS - 1));
        UsageStats stats = new UsageStats(mirror);
        Map<String, Map<String, Integer>> byDay = new LinkedHashMap<>();
        for (UsageStats.DayCount c : stats.byDay(since)) {
            byDay.computeIfAbsent(c.day(), d -> new LinkedHashMap<>()).put(c.kind(), c.count());
        }
        List<KioskReport.DayUsage> usage = new ArrayList<>();
        byDay.forEach((day, counts) -> usage.add(new KioskReport.DayUsage(day, counts)));
        List<KioskReport.Unfound> unfound = stats.missesByDay(since, KioskReport.UNFOUND_PER_DAY).stream()
                .map(m -> new KioskReport.Unfound(m.day(), m.query(), m.count())).toList();
        return new KioskReport(config.kioskId(), config.hallName(), AppVersion.get(),
                now.atOffset(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString(),
                state == null ? -1 : state.sequence(), state == null ? null : state.publisher(),
                state == null ? null : state.generatedAt(), stale,
                last == null ? null : new KioskReport.LastSync(last.outcome().code(), last.finishedAt(), last.reason()),
                success == null ? null : success.finishedAt(), freeDisk(mirror.dataDir()),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000, aids.get(), layout.get(), usage, unfound);
    }

    /** The layout in force as the kiosk would choose it now, read only: for the report. */
    public static KioskReport.Layout layoutInForce(KioskConfig config) {
        LayoutLoader.Loaded l = LayoutLoader.loadForKiosk(
                config.configDir(), config.dataDir(), config.layoutGroup(), false);
        return new KioskReport.Layout(l.code(), l.group() != null ? l.group() : config.layoutGroup(), l.sequence(),
                l.problems().isEmpty() ? null : l.problems().get(0).toString());
    }

    private static long freeDisk(Path dataDir) {
        try {
            return Files.getFileStore(dataDir).getUsableSpace();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "free disk of the data folder unknown", e);
            return -1;
        }
    }
}

package org.hallkiosk.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.feed.Cancellation;
import org.hallkiosk.feed.EmbeddedFeedSource;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.FeedSources;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncReport;

/** Sync as the kiosk and the commands use it: from the configured feed, from a given place, or the sample. */
public final class SyncService {

    public static final String TRIGGER_MANUAL = "manual";
    public static final String TRIGGER_SCHEDULED = "scheduled";
    public static final String TRIGGER_FIRST_START = "first-start";
    public static final String TRIGGER_USB = "usb";
    public static final String TRIGGER_COMMAND = "command";

    // Replaced together when a config edit is applied; each sync reads both once, at its start.
    private volatile KioskConfig config;
    private final Mirror mirror;
    private volatile SyncEngine engine;
    private final List<Consumer<SyncReport>> afterEachSync =
            new CopyOnWriteArrayList<>();

    public SyncService(KioskConfig config, Mirror mirror, SyncOptions options) {
        this.config = config;
        this.mirror = mirror;
        this.engine = new SyncEngine(mirror, config.publisherKey(), options);
    }

    /**
     * Uses an edited config from the next sync on: its feed address, publisher key and deadline (立即同步 and the schedule
     * used the old ones until the kiosk restarted). A sync running now finishes with what it started with; the
     * file lock in the data folder keeps two engines from applying at once.
     */
    public synchronized void reconfigure(KioskConfig edited) {
        boolean keyChanged = !Objects.equals(edited.publisherKey(), config.publisherKey());
        // Only an edited deadline replaces the engine's: options set by hand (tests, commands) stay otherwise.
        boolean deadlineChanged = !Objects.equals(edited.syncDeadline(), config.syncDeadline());
        if (keyChanged || deadlineChanged) {
            SyncOptions options = deadlineChanged ? engine.options().withDeadline(edited.syncDeadline())
                    : engine.options();
            engine = new SyncEngine(mirror, edited.publisherKey(), options);
        }
        config = edited;
    }

    /** The config the next sync uses. */
    public KioskConfig config() {
        return config;
    }

    public SyncEngine engine() {
        return engine;
    }

    public Mirror mirror() {
        return mirror;
    }

    /**
     * Calls {@code listener} after every sync of this service (scheduled, 立即同步, USB), on the sync's thread;
     * closing the returned handle stops it. A listener that throws is logged and does not touch the sync.
     */
    public AutoCloseable afterEachSync(Consumer<SyncReport> listener) {
        afterEachSync.add(listener);
        return () -> afterEachSync.remove(listener);
    }

    /** Syncs from {@code location}, or from the configured feed when it is null. */
    public SyncReport sync(String location, String trigger, SyncProgress.Listener listener, BooleanSupplier cancelled) {
        SyncReport report = syncOnce(location, trigger, listener, cancelled);
        for (var after : afterEachSync) {
            try {
                after.accept(report);
            } catch (RuntimeException e) {
                BackgroundFailures.report("after sync", e);
            }
        }
        return report;
    }

    private SyncReport syncOnce(String location, String trigger, SyncProgress.Listener listener,
                                BooleanSupplier cancelled) {
        KioskConfig config = this.config;
        SyncEngine engine = this.engine;
        String where = location != null ? location : config.feedLocation();
        Path base = config.configDir() == null ? Path.of("") : config.configDir().toAbsolutePath().getParent();
        Cancellation cancel = Cancellation.of(cancelled);
        try (FeedSource source = FeedSources.open(where, location != null ? Path.of("") : base,
                engine.options().http(), cancel, engine.options().maxZipEntries())) {
            return engine.run(source, trigger, listener, cancel);
        } catch (FeedException e) {
            return refusedToOpen(where, trigger, SyncEngine.outcomeOf(e.kind()), e.key(), e.getMessage());
        } catch (IOException e) {
            return refusedToOpen(where, trigger, SyncOutcome.FAILED, "sync.io",
                    Messages.get("sync.io", String.valueOf(e)));
        }
    }

    /**
     * On a kiosk's first start, with nothing mirrored yet, imports the signed sample inside the jar, so the
     * first run shows content. Verified like any feed.
     */
    public SyncReport importSampleIfEmpty() {
        if (mirror.items().sequence() >= 0 || !EmbeddedFeedSource.isPresent()) {
            return null;
        }
        return engine.run(new EmbeddedFeedSource(), TRIGGER_FIRST_START, SyncProgress.Listener.NONE, () -> false);
    }

    private SyncReport refusedToOpen(String where, String trigger, SyncOutcome outcome, String key,
                                     String reason) {
        // A source that cannot even be opened (a zip with a bad entry, a missing folder) is still an attempt.
        long before = mirror.items().sequence();
        var history = mirror.history();
        long id = history.begin(where, trigger, before);
        SyncReport report = new SyncReport(outcome, where, before, before, 0, 0, 0, 0, 0, key, reason);
        history.finish(id, report);
        return report;
    }
}

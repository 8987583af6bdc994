package org.hallkiosk.sync;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.mirror.SyncReport;

/**
 * The kiosk's automatic sync: the service and its schedule, kept in step with kiosk-config. A valid edit of
 * the folder ({@link #apply}) takes effect at once, not after a restart and not only when the visit on screen
 * ends: the next sync asks the edited {@code feed.url} with the edited key, and an edited interval or jitter
 * replaces the waiting sync.
 */
public final class ScheduledSync implements AutoCloseable {

    private final SyncService service;
    private final SyncScheduler scheduler;
    private boolean started;

    public ScheduledSync(SyncService service, KioskConfig config, Consumer<SyncReport> onReport) {
        this.service = service;
        this.scheduler = new SyncScheduler(config.syncInterval(), config.syncJitter(),
                SyncScheduler.reporting(service, onReport));
    }

    /** Starts the schedule (not on the built-in settings, whose feed is not the hall's: see {@link #apply}). */
    public synchronized void start() {
        if (!started) {
            started = true;
            scheduler.start();
        }
    }

    /**
     * A config folder that loaded without problems: its feed, key, interval and jitter from now on. A kiosk
     * that started on the built-in settings (its folder was broken) begins its schedule once the folder is fixed.
     */
    public synchronized void apply(KioskConfig edited) {
        service.reconfigure(edited);
        scheduler.reschedule(edited.syncInterval(), edited.syncJitter());
        start();
    }

    public SyncScheduler scheduler() {
        return scheduler;
    }

    /** When the next scheduled sync is due, for staff; empty when no schedule runs. */
    public Optional<Instant> nextRun() {
        return scheduler.nextRun();
    }

    @Override
    public void close() {
        scheduler.close();
    }
}

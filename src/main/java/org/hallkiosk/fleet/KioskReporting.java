package org.hallkiosk.fleet;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.sync.SyncService;

/**
 * A running kiosk's reporting: its {@link ReportWriter}, started, and sending after every sync of the kiosk's
 * {@link SyncService}. Whoever replaces it (a config edit with another report.url) closes the old one.
 */
public final class KioskReporting implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KioskReporting.class.getName());

    private final ReportWriter writer;
    private final AutoCloseable listening;

    private KioskReporting(ReportWriter writer, AutoCloseable listening) {
        this.writer = writer;
        this.listening = listening;
    }

    /** Starts reporting when the config names a report.url and a kiosk_id; null otherwise. */
    public static KioskReporting start(KioskConfig config, SyncService sync, Supplier<KioskReport.Aids> aids,
                                       Supplier<KioskReport.Layout> layout) {
        if (config.report() == null || config.kioskId() == null) {
            return null;
        }
        ReportWriter writer = new ReportWriter(config.report().reportFor(config.kioskId()),
                config.report().credentials(), new ReportBuilder(config, sync.mirror(), aids, layout));
        AutoCloseable listening = sync.afterEachSync(report -> writer.reportSoon());
        writer.start();
        return new KioskReporting(writer, listening);
    }

    public ReportWriter writer() {
        return writer;
    }

    @Override
    public void close() {
        try {
            listening.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "sync listener not removed", e);
        }
        writer.close();
    }
}

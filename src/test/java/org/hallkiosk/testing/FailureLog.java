package org.hallkiosk.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hallkiosk.config.BackgroundFailures;

/** What reached the one path of background failures while it was open: the lines staff and the soak see. */
public final class FailureLog extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger(BackgroundFailures.LOGGER);
    private final List<String> lines = new CopyOnWriteArrayList<>();

    public FailureLog() {
        logger.addHandler(this);
    }

    /** The SEVERE messages so far, oldest first. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
            lines.add(r.getMessage());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}

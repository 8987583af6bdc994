package org.hallkiosk.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hallkiosk.config.FeedLayouts;

/**
 * Keeps the layouts of an applied publication in the data folder ({@link FeedLayouts}). After the commit, so a
 * failure here is no failed sync: it is logged, the kiosk keeps its layout, and the next sync of the same
 * publication keeps them again.
 */
final class FeedLayoutsStep {

    private static final Logger LOG = Logger.getLogger(FeedLayoutsStep.class.getName());

    private FeedLayoutsStep() {
    }

    static long heldSequence(Path dataDir) {
        return FeedLayouts.heldSequence(dataDir);
    }

    static void keep(Path dataDir, long sequence, Map<String, byte[]> layouts) {
        if (layouts.isEmpty() && FeedLayouts.heldSequence(dataDir) < 0) {
            return; // a feed that never carried layouts leaves no trace in the data folder
        }
        try {
            FeedLayouts.keep(dataDir, sequence, layouts);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "layouts of publication " + sequence + " not kept; the next sync keeps them", e);
        }
    }
}

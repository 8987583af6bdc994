package org.hallkiosk.ui;

import org.hallkiosk.config.Layout;
import org.hallkiosk.mirror.Mirror;

/** What every screen may use: the content, the layout, background work, navigation and the display mode. */
public record KioskContext(String hallName, Layout layout, Mirror mirror, UiTaskExecutor tasks, Navigator navigator,
                           DisplayMode display) {

    /** Records one anonymous visitor action off the FX thread; see {@link org.hallkiosk.mirror.UsageLog}. */
    public void record(String kind, String itemId, String columnId, String query, Integer resultCount) {
        tasks.runQuietly(() -> mirror.usage().record(kind, itemId, columnId, query, resultCount, null));
    }
}

package org.hallkiosk.ui;

import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.config.Layout;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.ui.aids.ReadAloud;
import org.hallkiosk.ui.search.KeyboardInput;

/**
 * What every screen may use: the content, the layout, background work, navigation, the display mode, the
 * reading aids (speech engine, printer, and the one reading aloud in progress), and what the on-screen keyboard
 * types with (handwriting, and the visit's chosen mode).
 */
public record KioskContext(String hallName, Layout layout, Mirror mirror, UiTaskExecutor tasks, Navigator navigator,
                           DisplayMode display, KioskAids aids, ReadAloud readAloud, KeyboardInput keyboard) {

    /** Without speech or a printer (view-model tests, screens built without the kiosk's settings). */
    public KioskContext(String hallName, Layout layout, Mirror mirror, UiTaskExecutor tasks, Navigator navigator,
                        DisplayMode display) {
        this(hallName, layout, mirror, tasks, navigator, display, KioskAids.none(),
                new ReadAloud(KioskAids.none(), tasks, mirror), KeyboardInput.withoutHandwriting());
    }

    /** Records one anonymous visitor action off the FX thread; see {@link org.hallkiosk.mirror.UsageLog}. */
    public void record(String kind, String itemId, String columnId, String query, Integer resultCount) {
        tasks.write(() -> mirror.usage().record(kind, itemId, columnId, query, resultCount, null));
    }
}

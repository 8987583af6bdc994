package org.hallkiosk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.LastGoodSettings;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncService;

/**
 * What the kiosk needs before its first screen: the settings (or the last good or built-in ones when the
 * folder's are invalid), the mirror with the sample imported on first start, and the layout (or its
 * fallback). Disk work: never on the FX thread.
 */
public record KioskStartup(KioskConfig config, LastGoodSettings.Source settingsSource, LayoutLoader.Loaded layout,
                           List<ConfigProblem> problems, Mirror mirror, SyncService sync) {

    /** @param dataDir the mirror's folder, or null for the config's data_dir */
    public static KioskStartup open(Path configDir, Path dataDir) {
        return openWith(configDir, LastGoodSettings.load(configDir, dataDir));
    }

    /** @param settings the settings already loaded from {@code configDir} (the kiosk reads them first) */
    public static KioskStartup openWith(Path configDir, LastGoodSettings.Loaded settings) {
        List<ConfigProblem> problems = new ArrayList<>(settings.problems());
        KioskConfig config = settings.config();
        Messages.setLocale(config.locale());
        Path data = config.dataDir();
        Mirror mirror = Mirror.open(data);
        SyncService sync = new SyncService(config, mirror, SyncOptions.of(config));
        sync.importSampleIfEmpty();
        // No folder at all: the layout built into the jar, like the settings.
        Path layoutDir = configDir != null && Files.isDirectory(configDir) ? configDir : null;
        // a layout_group takes its layout from the feed when the held publication carries a good one
        LayoutLoader.Loaded layout = LayoutLoader.loadForKiosk(layoutDir, data, config.layoutGroup(), true);
        problems.addAll(layout.problems());
        return new KioskStartup(config, settings.source(), layout, problems, mirror, sync);
    }

    /** Whether the sync schedule should run: not on the built-in settings, whose feed is not the hall's. */
    public boolean syncs() {
        return settingsSource != LastGoodSettings.Source.BUILT_IN;
    }
}

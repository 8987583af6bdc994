package org.hallkiosk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncService;

/**
 * What the kiosk needs before its first screen: the settings (or the built-in ones when the folder's are
 * invalid), the mirror with the sample imported on first start, and the layout (or its fallback). Disk work:
 * never on the FX thread.
 */
public record KioskStartup(KioskConfig config, LayoutLoader.Loaded layout, List<ConfigProblem> problems,
                           Mirror mirror, SyncService sync) {

    /** @param dataDir the mirror's folder, or null for the config's data_dir */
    public static KioskStartup open(Path configDir, Path dataDir) {
        List<ConfigProblem> problems = new ArrayList<>();
        KioskConfig config;
        try {
            config = ConfigLoader.load(configDir);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            try {
                config = ConfigLoader.load(null);
            } catch (ConfigException builtIn) {
                throw new IllegalStateException("the built-in config does not load: " + builtIn.getMessage(), builtIn);
            }
        }
        Messages.setLocale(config.locale());
        Path data = dataDir != null ? dataDir : config.dataDir();
        Mirror mirror = Mirror.open(data);
        SyncService sync = new SyncService(config, mirror, SyncOptions.DEFAULT);
        sync.importSampleIfEmpty();
        LayoutLoader.Loaded layout = LayoutLoader.loadOrFallback(
                problems.isEmpty() ? config.configDir() : configDir, data);
        problems.addAll(layout.problems());
        return new KioskStartup(config, layout, problems, mirror, sync);
    }
}

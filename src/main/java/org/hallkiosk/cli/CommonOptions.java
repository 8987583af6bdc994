package org.hallkiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import picocli.CommandLine.Option;

/** The --config and --data options every command that reads the kiosk's state shares. */
public final class CommonOptions {

    @Option(names = "--config", paramLabel = "DIR", description = "the kiosk-config folder (default: HALL_KIOSK_HOME/kiosk-config, else ./kiosk-config)")
    Path configDir = KioskHome.current().configDir();

    @Option(names = "--data", paramLabel = "DIR", description = "where the mirror lives (default: data_dir of the config)")
    Path dataDir;

    /** Loads the config, or prints every problem as file: field: message and returns null. */
    KioskConfig config() {
        try {
            KioskConfig config = ConfigLoader.load(configDir);
            Messages.setLocale(config.locale());
            return config;
        } catch (ConfigException e) {
            for (var p : e.problems()) {
                System.err.println(configDir.resolve(p.file()) + ": " + p.field() + ": " + p.message());
            }
            return null;
        }
    }

    Mirror openMirror(KioskConfig config) {
        return Mirror.open(dataFolder(config));
    }

    /**
     * For commands that only read (search, status, health, stats): opens the mirror only where one exists, so a
     * mistyped {@code --data} never leaves an empty mirror behind and answers as if the kiosk held nothing.
     * Prints which folder holds none and returns null.
     */
    Mirror openExistingMirror(KioskConfig config) {
        Path dir = dataFolder(config);
        if (!Files.isRegularFile(dir.resolve(Mirror.DB_FILE))) {
            System.err.println(Messages.get("cli.noMirror", dir.toAbsolutePath().normalize().toString()));
            return null;
        }
        return Mirror.open(dir);
    }

    private Path dataFolder(KioskConfig config) {
        return dataDir != null ? dataDir : KioskHome.current().dataDirFor(config);
    }
}

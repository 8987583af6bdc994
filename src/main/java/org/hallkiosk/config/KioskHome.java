package org.hallkiosk.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder that holds the hall's {@code kiosk-config/} and {@code data/}, outside the app image so that
 * installing a new version keeps them: {@code -Dhallkiosk.home}, else the environment variable
 * {@code HALL_KIOSK_HOME}, else the working directory. {@code -Dhallkiosk.config} still names another
 * config folder (development).
 */
public record KioskHome(Path dir, Path configDir) {

    public static final String ENV = "HALL_KIOSK_HOME";
    public static final String PROPERTY = "hallkiosk.home";
    public static final String CONFIG_PROPERTY = "hallkiosk.config";
    /** Another data folder than the config's data_dir ({@code run --data DIR}). */
    public static final String DATA_PROPERTY = "hallkiosk.data";
    public static final String CONFIG_FOLDER = "kiosk-config";
    public static final String DATA_FOLDER = "data";

    /** The home this process runs with. */
    public static KioskHome current() {
        return of(System.getProperty(PROPERTY), System.getenv(ENV), System.getProperty(CONFIG_PROPERTY));
    }

    /** The home in {@code dir}, whatever this process was started with (tests, benchmarks). */
    public static KioskHome at(Path dir) {
        return new KioskHome(dir, dir.resolve(CONFIG_FOLDER));
    }

    /** @param property -Dhallkiosk.home, env HALL_KIOSK_HOME, -Dhallkiosk.config; each may be null or blank */
    static KioskHome of(String property, String env, String configProperty) {
        String named = present(property) ? property : present(env) ? env : null;
        // A relative working directory keeps paths in messages short ("kiosk-config/kiosk.yaml: ...").
        Path dir = named != null ? Path.of(named) : Path.of("");
        Path config = present(configProperty) ? Path.of(configProperty) : dir.resolve(CONFIG_FOLDER);
        return new KioskHome(dir, config);
    }

    /**
     * The data folder to impose on the settings: none while the config folder exists (its {@code data_dir},
     * relative to the home, decides), else {@code HOME/data} for the built-in settings.
     */
    public Path dataDirOverride() {
        String named = System.getProperty(DATA_PROPERTY);
        if (present(named)) {
            return Path.of(named);
        }
        return Files.isDirectory(configDir) ? null : dir.resolve(DATA_FOLDER);
    }

    /** Where the mirror of {@code config} lives: its data_dir, or {@code HOME/data} for the built-in settings. */
    public Path dataDirFor(KioskConfig config) {
        String named = System.getProperty(DATA_PROPERTY);
        if (present(named)) {
            return Path.of(named);
        }
        return config.configDir() == null ? dir.resolve(DATA_FOLDER) : config.dataDir();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

package org.hallkiosk.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code kiosk.yaml} for a kiosk that must start: the folder's settings when they are valid (then kept as a
 * copy in the data folder), else that last good copy, else the built-in settings; never a blank screen.
 * The data folder stays the one the broken file names when it still names one, so the visitor keeps
 * seeing the hall's content.
 */
public final class LastGoodSettings {

    /** The copy of the last config folder that loaded without problems, inside the data folder. */
    public static final String FOLDER = "last-good-config";

    private LastGoodSettings() {
    }

    public enum Source { CONFIG, LAST_GOOD, BUILT_IN }

    /** The settings to run on, where they came from, and the problems of the ones that could not be used. */
    public record Loaded(KioskConfig config, Source source, List<ConfigProblem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Disk I/O: not for the FX thread.
     *
     * @param dataDirOverride the data folder to use instead of the one the settings name (tests, screenshots)
     */
    public static Loaded load(Path configDir, Path dataDirOverride) {
        List<ConfigProblem> problems;
        try {
            KioskConfig config = ConfigLoader.load(configDir);
            if (dataDirOverride != null) {
                config = placed(config, config.configDir(), dataDirOverride);
            }
            keep(config);
            return new Loaded(config, Source.CONFIG, List.of());
        } catch (ConfigException e) {
            problems = new ArrayList<>(e.problems());
        }
        Path dataDir = dataDirOverride != null ? dataDirOverride : dataDirNamedBy(configDir);
        Path copy = dataDir.resolve(FOLDER);
        if (Files.isRegularFile(copy.resolve(ConfigLoader.SETTINGS_FILE))) {
            try {
                return new Loaded(placed(ConfigLoader.load(copy), configDir, dataDir), Source.LAST_GOOD, problems);
            } catch (ConfigException ignored) {
                // A damaged copy is no better than none.
            }
        }
        try {
            return new Loaded(placed(ConfigLoader.load(null), configDir, dataDir), Source.BUILT_IN, problems);
        } catch (ConfigException e) {
            throw new IllegalStateException("the built-in settings do not load: " + e.getMessage(), e);
        }
    }

    /** Copies the folder's YAML and key files into the data folder, replacing the previous copy. */
    private static void keep(KioskConfig config) {
        if (config.configDir() == null) {
            return;
        }
        Path target = config.dataDir().resolve(FOLDER);
        try (Stream<Path> files = Files.list(config.configDir())) {
            Files.createDirectories(target);
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".pem")).toList()) {
                Path tmp = target.resolve(f.getFileName() + ".tmp");
                Files.copy(f, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            // The report's password file goes along (still 0600), or the copy would not load without it.
            Path credentials = config.report() == null ? null : config.report().credentials();
            if (credentials != null && credentials.getParent() != null
                    && credentials.getParent().equals(config.configDir().toAbsolutePath().normalize())) {
                Path copy = target.resolve(credentials.getFileName());
                PrivateFiles.createEmpty(copy);
                Files.write(copy, Files.readAllBytes(credentials));
            }
        } catch (IOException ignored) {
            // Without a copy the kiosk still runs; only the fallback for a later typo is lost.
        }
    }

    /** The data folder the (possibly broken) kiosk.yaml names, or the default {@code data} beside it. */
    static Path dataDirNamedBy(Path configDir) {
        Path base = configDir == null ? Path.of("").toAbsolutePath()
                : configDir.toAbsolutePath().getParent();
        String named = "data";
        try {
            JsonNode root = configDir == null ? null
                    : ConfigYaml.read(configDir.resolve(ConfigLoader.SETTINGS_FILE), ConfigLoader.SETTINGS_FILE);
            JsonNode v = root == null ? null : root.get("data_dir");
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                named = v.asText();
            }
        } catch (IOException | ConfigYaml.Unreadable | RuntimeException ignored) {
            // Unreadable YAML names nothing; the default stands.
        }
        return base.resolve(named).normalize();
    }

    private static KioskConfig placed(KioskConfig c, Path configDir, Path dataDir) {
        return c.placed(configDir, dataDir);
    }
}

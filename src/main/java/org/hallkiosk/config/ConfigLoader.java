package org.hallkiosk.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.i18n.Messages;

/**
 * Reads a kiosk-config folder: {@code kiosk.yaml} and the publisher's key. Every problem is collected and
 * reported as {@code file: field: message}; nothing half-read is ever used.
 */
public final class ConfigLoader {

    public static final String SETTINGS_FILE = "kiosk.yaml";
    public static final String EMBEDDED_ROOT = "/embedded/kiosk-config/";
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigLoader() {
    }

    /**
     * Loads {@code configDir}; when it does not exist, the default config built into the jar, with the data
     * folder {@code ./data}.
     */
    public static KioskConfig load(Path configDir) throws ConfigException {
        if (configDir != null && Files.isDirectory(configDir)) {
            return new Reader(configDir).read();
        }
        return new Reader(null).read();
    }

    /** Reads one folder; {@code dir} null reads the copy inside the jar. */
    private static final class Reader {
        private final Path dir;
        private final List<ConfigProblem> problems = new ArrayList<>();

        Reader(Path dir) {
            this.dir = dir;
        }

        KioskConfig read() throws ConfigException {
            JsonNode root = parse(SETTINGS_FILE);
            if (root == null) {
                throw new ConfigException(problems);
            }
            String hallName = text(root, "hall_name", true, "济南市退役军人服务大厅");
            String language = text(root, "language", false, "zh_CN");
            Locale locale = switch (language) {
                case "zh_CN", "zh" -> Locale.SIMPLIFIED_CHINESE;
                case "en" -> Locale.ENGLISH;
                default -> {
                    problem(SETTINGS_FILE, "language", Messages.get("config.badLanguage"));
                    yield Locale.SIMPLIFIED_CHINESE;
                }
            };
            JsonNode feed = root.path("feed");
            String feedLocation = text(feed, "feed.url", "url", true, "builtin:sample-feed");
            String keyFile = text(feed, "feed.public_key", "public_key", false, "feed-public-key.pem");
            long interval = number(feed, "feed.sync_interval_minutes", "sync_interval_minutes", 60, 1, 7 * 24 * 60);
            long jitter = number(feed, "feed.sync_jitter_minutes", "sync_jitter_minutes", 10, 0, 24 * 60);
            long deadline = number(feed, "feed.sync_deadline_minutes", "sync_deadline_minutes", 15, 1, 24 * 60);
            String data = text(root, "data_dir", false, "data");
            String usb = text(root, "usb_mount_root", false, "/media");
            String readAloudCode = text(root, "read_aloud", false, ReadAloudSetting.AUTO.code());
            ReadAloudSetting readAloud = ReadAloudSetting.fromCode(readAloudCode).orElseGet(() -> {
                problem(SETTINGS_FILE, "read_aloud", Messages.get("config.badReadAloud"));
                return ReadAloudSetting.AUTO;
            });
            PublicKey key = publicKey(keyFile);
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            Path base = dir == null ? Path.of("") : dir.toAbsolutePath().getParent();
            return new KioskConfig(dir, hallName, locale, feedLocation, key, base.resolve(data).normalize(),
                    Duration.ofMinutes(interval), Duration.ofMinutes(jitter), Path.of(usb), readAloud,
                    Duration.ofMinutes(deadline));
        }

        private JsonNode parse(String file) {
            try (InputStream in = open(file)) {
                if (in == null) {
                    problem(file, "-", Messages.get("config.noFile"));
                    return null;
                }
                JsonNode node = YAML.readTree(in);
                if (node == null || !node.isObject()) {
                    problem(file, "-", Messages.get("config.notMap"));
                    return null;
                }
                return node;
            } catch (IOException e) {
                problem(file, "-", Messages.get("config.badYaml", e.getMessage().lines().findFirst().orElse("")));
                return null;
            }
        }

        private InputStream open(String file) throws IOException {
            if (dir == null) {
                return ConfigLoader.class.getResourceAsStream(EMBEDDED_ROOT + file);
            }
            Path p = dir.resolve(file);
            return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
        }

        private PublicKey publicKey(String file) {
            if (file == null) {
                return null;
            }
            try (InputStream in = open(file)) {
                if (in == null) {
                    problem(file, "-", Messages.get("config.noKey"));
                    return null;
                }
                return Ed25519Keys.parsePublicKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII), file);
            } catch (IOException | FeedException e) {
                problem(file, "-", Messages.get("config.badKey"));
                return null;
            }
        }

        private String text(JsonNode node, String field, boolean required, String fallback) {
            return text(node, field, field, required, fallback);
        }

        private String text(JsonNode node, String path, String field, boolean required, String fallback) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(SETTINGS_FILE, path, Messages.get("config.missing"));
                }
                return fallback;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                problem(SETTINGS_FILE, path, Messages.get("config.notText"));
                return fallback;
            }
            return v.asText();
        }

        private long number(JsonNode node, String path, String field, long fallback, long min, long max) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
                problem(SETTINGS_FILE, path, Messages.get("config.notNumberBetween", Long.toString(min), Long.toString(max)));
                return fallback;
            }
            return v.asLong();
        }

        private void problem(String file, String field, String message) {
            problems.add(new ConfigProblem(file, field, message));
        }
    }
}

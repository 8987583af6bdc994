package org.hallkiosk.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** The strict, bounded YAML reader every config file goes through (see {@link ConfigYaml}). */
    static final ObjectMapper YAML = ConfigYaml.MAPPER;
    /** The longest hall name: it must fit the top bar and the attract screen in 长辈模式. */
    public static final int MAX_HALL_NAME = 40;
    static final List<String> FIELDS = List.of("hall_name", "language", "feed", "data_dir", "usb_mount_root",
            "read_aloud", "screen_size", "kiosk_id", "report", "layout_group");
    static final List<String> REPORT_FIELDS = List.of("url", "credentials");
    /** A kiosk id and a layout group become file names and keys: the feed's id rule, shorter. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** The credentials file is one short line; anything longer is not one. */
    static final int MAX_CREDENTIALS_BYTES = 1024;
    static final List<String> FEED_FIELDS = List.of("url", "public_key", "sync_interval_minutes",
            "sync_jitter_minutes", "sync_deadline_minutes");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

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
            ConfigYaml.unknownFields(root, "", FIELDS, SETTINGS_FILE, problems);
            String hallName = text(root, "hall_name", true, "济南市退役军人服务大厅");
            if (ConfigYaml.length(hallName) > MAX_HALL_NAME) {
                problem(SETTINGS_FILE, "hall_name", Messages.get("config.tooLong", Integer.toString(MAX_HALL_NAME),
                        Integer.toString(ConfigYaml.length(hallName))));
            }
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
            if (root.has("feed") && !feed.isObject()) {
                problem(SETTINGS_FILE, "feed", Messages.get("config.notMap"));
            }
            ConfigYaml.unknownFields(feed, "feed", FEED_FIELDS, SETTINGS_FILE, problems);
            String feedLocation = text(feed, "feed.url", "url", true, "builtin:sample-feed");
            checkFeedLocation(feedLocation);
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
            String screen = text(root, "screen_size", false, DisplaySize.STANDARD.toString());
            DisplaySize screenSize = DisplaySize.parse(screen).orElseGet(() -> {
                problem(SETTINGS_FILE, "screen_size", Messages.get("config.badScreenSize",
                        Integer.toString(DisplaySize.MIN_SIDE), Integer.toString(DisplaySize.MAX_SIDE)));
                return DisplaySize.STANDARD;
            });
            String kioskId = name(root, "kiosk_id");
            String layoutGroup = name(root, "layout_group");
            ReportTarget report = report(root, kioskId);
            PublicKey key = publicKey(keyFile);
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            Path base = dir == null ? Path.of("") : dir.toAbsolutePath().getParent();
            return new KioskConfig(dir, hallName, locale, feedLocation, key, base.resolve(data).normalize(),
                    Duration.ofMinutes(interval), Duration.ofMinutes(jitter), Path.of(usb), readAloud,
                    Duration.ofMinutes(deadline), screenSize, kioskId, report, layoutGroup);
        }

        /** kiosk_id or layout_group: optional, but when given a name that can be a file name. */
        private String name(JsonNode root, String field) {
            String value = text(root, field, false, null);
            if (value != null && !NAME.matcher(value).matches()) {
                problem(SETTINGS_FILE, field, Messages.get("config.badName"));
                return null;
            }
            return value;
        }

        /** report.url (http or https) and report.credentials (a 0600 file); null when there is no report. */
        private ReportTarget report(JsonNode root, String kioskId) {
            JsonNode report = root.path("report");
            if (!root.has("report") || report.isNull()) {
                return null;
            }
            if (!report.isObject()) {
                problem(SETTINGS_FILE, "report", Messages.get("config.notMap"));
                return null;
            }
            ConfigYaml.unknownFields(report, "report", REPORT_FIELDS, SETTINGS_FILE, problems);
            String url = text(report, "report.url", "url", true, null);
            String credentials = text(report, "report.credentials", "credentials", false, null);
            if (url == null) {
                return null;
            }
            URI folder;
            try {
                folder = URI.create(url.endsWith("/") ? url : url + "/");
            } catch (IllegalArgumentException e) {
                problem(SETTINGS_FILE, "report.url", Messages.get("config.badReportUrl"));
                return null;
            }
            String scheme = folder.getScheme() == null ? "" : folder.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || folder.getHost() == null
                    || folder.getRawQuery() != null || folder.getRawUserInfo() != null) {
                problem(SETTINGS_FILE, "report.url", Messages.get("config.badReportUrl"));
                return null;
            }
            if (kioskId == null) {
                problem(SETTINGS_FILE, "kiosk_id", Messages.get("config.reportNeedsId"));
            }
            Path credentialsFile = credentials == null ? null : credentials(credentials);
            return new ReportTarget(folder, credentialsFile);
        }

        /**
         * The credentials file must exist, hold one line {@code user:password}, and be readable by its owner only:
         * a password others on the machine can read is refused, not used.
         */
        private Path credentials(String name) {
            if (dir == null) {
                problem(SETTINGS_FILE, "report.credentials", Messages.get("config.credentialsMissing", name));
                return null;
            }
            Path file = dir.toAbsolutePath().resolve(name).normalize();
            if (!Files.isRegularFile(file)) {
                problem(SETTINGS_FILE, "report.credentials", Messages.get("config.credentialsMissing", name));
                return null;
            }
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                boolean others = perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
                if (others) {
                    problem(SETTINGS_FILE, "report.credentials", Messages.get("config.credentialsOpen", name,
                            PosixFilePermissions.toString(perms)));
                    return null;
                }
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's ACL guards the file; there is no mode to check.
            } catch (IOException e) {
                problem(SETTINGS_FILE, "report.credentials", Messages.get("config.credentialsUnreadable", name));
                return null;
            }
            try {
                if (Files.size(file) > MAX_CREDENTIALS_BYTES
                        || ReportCredentials.parse(Files.readAllBytes(file)) == null) {
                    problem(SETTINGS_FILE, "report.credentials", Messages.get("config.credentialsBad", name));
                    return null;
                }
            } catch (IOException e) {
                problem(SETTINGS_FILE, "report.credentials", Messages.get("config.credentialsUnreadable", name));
                return null;
            }
            return file;
        }

        private JsonNode parse(String file) {
            try {
                byte[] bytes = bytes(file);
                if (bytes == null) {
                    problem(file, "-", Messages.get("config.noFile"));
                    return null;
                }
                return ConfigYaml.parse(bytes, file);
            } catch (ConfigYaml.Unreadable e) {
                problems.add(e.problem());
                return null;
            } catch (IOException e) {
                problem(file, "-", Messages.get("config.badYaml", String.valueOf(e.getMessage())));
                return null;
            }
        }

        /** The file's bytes (bounded in size), or null when it is not there. */
        private byte[] bytes(String file) throws IOException, ConfigYaml.Unreadable {
            if (dir == null) {
                try (InputStream in = ConfigLoader.class.getResourceAsStream(EMBEDDED_ROOT + file)) {
                    return in == null ? null : in.readAllBytes();
                }
            }
            Path p = dir.resolve(file);
            return Files.isRegularFile(p) ? ConfigYaml.readBounded(p, file) : null;
        }

        /**
         * feed.url as the sources read it: http(s), builtin:sample-feed, or a path (a folder or a .zip). Any
         * other scheme (ftp:, file:, smb:) would be read as a folder that is never there.
         */
        private void checkFeedLocation(String location) {
            String lower = location.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                try {
                    if (URI.create(location).getHost() == null) {
                        problem(SETTINGS_FILE, "feed.url", Messages.get("config.badFeedUrl"));
                    }
                } catch (IllegalArgumentException e) {
                    problem(SETTINGS_FILE, "feed.url", Messages.get("config.badFeedUrl"));
                }
                return;
            }
            if (location.equals("builtin:sample-feed")) {
                return;
            }
            Matcher scheme = SCHEME.matcher(location);
            if (scheme.find()) {
                problem(SETTINGS_FILE, "feed.url", Messages.get("config.badFeedScheme", scheme.group(1)));
                return;
            }
            Path base = dir == null ? Path.of("") : dir.toAbsolutePath().getParent();
            Path path = base.resolve(location);
            if (Files.isRegularFile(path) && !lower.endsWith(".zip")) {
                problem(SETTINGS_FILE, "feed.url", Messages.get("config.feedNotZip"));
            }
        }

        private PublicKey publicKey(String file) {
            if (file == null) {
                return null;
            }
            try {
                byte[] pem = bytes(file);
                if (pem == null) {
                    problem(file, "-", Messages.get("config.noKey"));
                    return null;
                }
                return Ed25519Keys.parsePublicKey(new String(pem, StandardCharsets.US_ASCII), file);
            } catch (ConfigYaml.Unreadable e) {
                problems.add(e.problem());
                return null;
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

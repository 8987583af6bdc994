package org.hallkiosk.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.i18n.Messages;

/**
 * {@code kiosk-config/staff.yaml}: the staff entry. Its own file, so that {@code set-pin} can rewrite it
 * without touching the administrator's comments in kiosk.yaml.
 *
 * @param pinHash PBKDF2 hash of the PIN, or null when none is set (the staff entry then stays closed)
 * @param maxTries wrong PINs in a row before the entry locks
 * @param lockout how long it stays locked
 * @param longPress how long a press on the hall's name opens the PIN pad
 * @param staleAfter a column with nothing new for this long is a 僵尸栏目 in the staff panel's health list
 * @param usageRetention usage rows older than this are deleted (at start and daily)
 */
public record StaffSettings(String pinHash, int maxTries, Duration lockout, Duration longPress, Duration staleAfter,
                            Duration usageRetention) {

    public static final String FILE = "staff.yaml";
    public static final StaffSettings DEFAULT = new StaffSettings(null, 5, Duration.ofMinutes(5), Duration.ofSeconds(3),
            Duration.ofDays(180), Duration.ofDays(90));
    /** The fields staff.yaml may hold; any other is named as unknown, with a did-you-mean. */
    static final List<String> FIELDS = List.of("pin_hash", "max_tries", "lockout_minutes", "long_press_seconds",
            "stale_days", "usage_retention_days");

    /** Reads staff.yaml from {@code configDir}; a missing file is the default (no PIN). */
    public static StaffSettings load(Path configDir) throws ConfigException {
        Path file = configDir == null ? null : configDir.resolve(FILE);
        if (file == null || !Files.isRegularFile(file)) {
            return DEFAULT;
        }
        List<ConfigProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = ConfigYaml.read(file, FILE);
        } catch (ConfigYaml.Unreadable e) {
            throw new ConfigException(List.of(e.problem()));
        } catch (IOException e) {
            throw new ConfigException(List.of(new ConfigProblem(FILE, "-",
                    Messages.get("config.badYaml", String.valueOf(e.getMessage())))));
        }
        ConfigYaml.unknownFields(root, "", FIELDS, FILE, problems);
        String hash = root.hasNonNull("pin_hash") ? root.get("pin_hash").asText() : null;
        if (hash != null && !PinHash.isWellFormed(hash)) {
            problems.add(new ConfigProblem(FILE, "pin_hash", Messages.get("config.badPinHash")));
        }
        int tries = intField(root, "max_tries", 5, 1, 20, problems);
        int lockMinutes = intField(root, "lockout_minutes", 5, 1, 24 * 60, problems);
        int pressSeconds = intField(root, "long_press_seconds", 3, 1, 30, problems);
        int staleDays = intField(root, "stale_days", 180, 1, 3650, problems);
        int retentionDays = intField(root, "usage_retention_days", 90, 1, 3650, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new StaffSettings(hash, tries, Duration.ofMinutes(lockMinutes), Duration.ofSeconds(pressSeconds),
                Duration.ofDays(staleDays), Duration.ofDays(retentionDays));
    }

    private static int intField(JsonNode root, String field, int fallback, int min, int max,
                                List<ConfigProblem> problems) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            problems.add(new ConfigProblem(FILE, field,
                    Messages.get("config.notNumberBetween", Integer.toString(min), Integer.toString(max))));
            return fallback;
        }
        return v.asInt();
    }

    /** Writes the hash into staff.yaml, keeping its other settings, atomically. */
    public static void writePinHash(Path file, String hash) throws IOException {
        ObjectNode root = Files.isRegularFile(file) && ConfigLoader.YAML.readTree(file.toFile()) instanceof ObjectNode o
                ? o : ConfigLoader.YAML.createObjectNode();
        root.put("pin_hash", hash);
        String text = "# 工作人员入口（由 set-pin 写入；字段说明见 kiosk-config/README.md）\n"
                + ConfigLoader.YAML.writeValueAsString(root).replaceFirst("^---\\s*\n", "");
        // 0600: the hash is slow to attack, not impossible; only the kiosk's account reads it.
        Path tmp = PrivateFiles.createEmpty(file.resolveSibling(FILE + ".tmp"));
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package org.hallkiosk.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.Hashes;

/**
 * The layouts the held publication carries for groups of kiosks (docs/feed-format.md, "Layouts for a fleet"),
 * kept in {@code DATA/feed-layouts/}: {@code GROUP.yaml} each, and {@code index.json} with the publication's
 * sequence. Sync writes them after a publication is applied, already checked against the manifest's hashes;
 * whether a layout is good enough to show is {@link LayoutLoader#loadForKiosk}'s question. The last feed layout
 * that passed the checks is kept apart ({@code last-good/GROUP.yaml}), so a bad one never replaces it.
 */
public final class FeedLayouts {

    public static final String DIR = "feed-layouts";
    private static final String INDEX = "index.json";
    private static final String LAST_GOOD = "last-good";

    /** A group's layout as the feed carried it, and the sequence of the publication that carried it. */
    public record Held(String group, long sequence, String sha256, byte[] yaml) {
    }

    private FeedLayouts() {
    }

    /** Replaces the kept layouts with those of publication {@code sequence} (an empty map: none). */
    public static void keep(Path dataDir, long sequence, Map<String, byte[]> byGroup) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve(DIR));
        ObjectNode index = FeedJson.MAPPER.createObjectNode();
        index.put("sequence", sequence);
        ObjectNode groups = index.putObject("groups");
        for (var e : byGroup.entrySet()) {
            atomically(dir.resolve(e.getKey() + ".yaml"), e.getValue());
            groups.put(e.getKey(), Hashes.sha256(e.getValue()));
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.yaml")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!byGroup.containsKey(name.substring(0, name.length() - ".yaml".length()))) {
                    Files.deleteIfExists(f);
                }
            }
        }
        atomically(dir.resolve(INDEX), FeedJson.MAPPER.writeValueAsBytes(index));
    }

    /** The sequence of the publication whose layouts are kept; -1 when none were ever kept. */
    public static long heldSequence(Path dataDir) {
        JsonNode index = index(dataDir);
        return index == null ? -1 : index.path("sequence").asLong(-1);
    }

    /** The layout the held publication carries for {@code group}, if it carries one. */
    public static Optional<Held> held(Path dataDir, String group) {
        JsonNode index = index(dataDir);
        if (index == null || group == null || !index.path("groups").has(group)) {
            return Optional.empty();
        }
        return read(dataDir.resolve(DIR).resolve(group + ".yaml"), group, index.path("sequence").asLong(-1));
    }

    /** The last layout of {@code group} from the feed that passed the checks. */
    public static Optional<Held> lastGood(Path dataDir, String group) {
        Path dir = dataDir.resolve(DIR).resolve(LAST_GOOD);
        try {
            long sequence = Long.parseLong(Files.readString(dir.resolve(group + ".sequence")).strip());
            return read(dir.resolve(group + ".yaml"), group, sequence);
        } catch (IOException | NumberFormatException none) {
            return Optional.empty();
        }
    }

    /** Remembers {@code held} as the last good layout of its group. */
    static void keepLastGood(Path dataDir, Held held) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve(DIR).resolve(LAST_GOOD));
        atomically(dir.resolve(held.group() + ".yaml"), held.yaml());
        atomically(dir.resolve(held.group() + ".sequence"), Long.toString(held.sequence()).getBytes(StandardCharsets.US_ASCII));
    }

    private static Optional<Held> read(Path file, String group, long sequence) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > ConfigYaml.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            byte[] yaml = Files.readAllBytes(file);
            return Optional.of(new Held(group, sequence, Hashes.sha256(yaml), yaml));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static JsonNode index(Path dataDir) {
        Path file = dataDir == null ? null : dataDir.resolve(DIR).resolve(INDEX);
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return FeedJson.MAPPER.readTree(file.toFile());
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static void atomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

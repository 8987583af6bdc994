package org.hallkiosk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hallkiosk.content.Item;
import org.hallkiosk.i18n.Messages;

/**
 * Builds a signed feed from a publisher's content folder, for the {@code publish} command:
 * <pre>
 *   SOURCE/feed.json      {"publisher": "...", "columns": [...], "search": {...} (optional, carried as is)}
 *   SOURCE/items/*.json   one item each, in the feed's item format; an attachment may give
 *                         "file": "name under files/" instead of "sha256", and a material's
 *                         blank_form / sample may be such a file name instead of a hash
 *   SOURCE/files/...      the attachment files
 * </pre>
 * Every item is checked by the same {@link ItemReader} a kiosk uses; nothing is signed while any is wrong.
 */
public final class FeedWriter {

    private FeedWriter() {
    }

    /** What was published. */
    public record Result(long sequence, int items, int files, Path manifest) {
    }

    /** Thrown with every problem found, each as {@code file: field: message}. */
    public static final class InvalidContent extends Exception {
        private final List<String> problems;

        InvalidContent(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public static Result publish(Path source, Path out, PrivateKey key, Long sequence)
            throws IOException, FeedException, InvalidContent {
        List<String> problems = new ArrayList<>();
        JsonNode feed = FeedJson.parseObject(readRequired(source.resolve("feed.json")), "feed.json");
        Map<String, Path> files = new TreeMap<>();
        Map<String, ObjectNode> items = new LinkedHashMap<>();
        List<ItemLinks> links = new ArrayList<>();
        for (Path file : itemFiles(source.resolve(FeedNames.ITEMS_DIR))) {
            String where = FeedNames.ITEMS_DIR + "/" + file.getFileName();
            ObjectNode node;
            try {
                node = (ObjectNode) FeedJson.parseObject(Files.readAllBytes(file), where);
            } catch (FeedException e) {
                problems.add(e.getMessage());
                continue;
            }
            resolveFiles(node, source.resolve(FeedNames.FILES_DIR), files, where, problems);
            for (JsonFields.FieldProblem p : ItemReader.problems(node)) {
                problems.add(where + ": " + p.field() + ": " + Messages.get(p.key()));
            }
            String id = node.path("id").asText();
            String expectedName = id + ".json";
            if (!file.getFileName().toString().equals(expectedName)) {
                problems.add(where + ": id: " + Messages.get("publish.fileNameNotId", expectedName));
            }
            if (problems.isEmpty()) {
                Item item = ItemReader.read(node, where);
                items.put(id, node);
                links.add(ItemLinks.of(item));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContent(problems);
        }
        long seq = sequence != null ? sequence : previousSequence(out) + 1;
        ObjectNode manifest = FeedJson.MAPPER.createObjectNode();
        manifest.put("format", ManifestReader.FORMAT);
        manifest.put("format_version", ManifestReader.FORMAT_VERSION);
        manifest.put("publisher", feed.path("publisher").asText());
        manifest.put("sequence", seq);
        manifest.put("generated_at", OffsetDateTime.now(FeedDates.CHINA).truncatedTo(ChronoUnit.SECONDS).toString());
        manifest.set("columns", feed.path("columns").deepCopy());

        ArrayNode itemEntries = manifest.putArray("items");
        Map<String, byte[]> itemBytes = new LinkedHashMap<>();
        for (var e : items.entrySet()) {
            byte[] bytes = FeedJson.MAPPER.writeValueAsBytes(e.getValue());
            itemBytes.put(e.getKey() + ".json", bytes);
            ObjectNode entry = itemEntries.addObject();
            entry.put("id", e.getKey());
            entry.put("type", e.getValue().path("type").asText());
            entry.put("sha256", Hashes.sha256(bytes));
            entry.put("size", bytes.length);
            entry.put("updated_at", e.getValue().path("updated_at").asText());
        }
        ArrayNode fileEntries = manifest.putArray("files");
        for (var e : files.entrySet()) {
            ObjectNode entry = fileEntries.addObject();
            entry.put("sha256", e.getKey());
            entry.put("size", Files.size(e.getValue()));
            entry.put("media_type", MediaTypes.guess(e.getValue().getFileName().toString()));
        }
        if (feed.has("search")) {
            manifest.set("search", feed.get("search").deepCopy()); // synonyms and best bets, as the publisher wrote them
        }
        byte[] manifestBytes = FeedJson.MAPPER.writeValueAsBytes(manifest);
        // Check the whole as a kiosk will before writing or signing anything.
        Manifest parsed = ManifestReader.read(manifestBytes);
        FeedConsistency.check(parsed, links);

        Path itemsOut = Files.createDirectories(out.resolve(FeedNames.ITEMS_DIR));
        Path filesOut = Files.createDirectories(out.resolve(FeedNames.FILES_DIR));
        for (var e : itemBytes.entrySet()) {
            Files.write(itemsOut.resolve(e.getKey()), e.getValue());
        }
        for (var e : files.entrySet()) {
            Path target = filesOut.resolve(e.getKey());
            if (!Files.exists(target)) {
                Files.copy(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        removeStale(itemsOut, itemBytes.keySet());
        removeStale(filesOut, files.keySet());
        Path manifestPath = out.resolve(FeedNames.MANIFEST);
        writeAtomically(manifestPath, manifestBytes);
        writeAtomically(out.resolve(FeedNames.SIGNATURE),
                Ed25519Keys.sign(key, manifestBytes).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return new Result(seq, items.size(), files.size(), manifestPath);
    }

    /** Replaces "file" names with the hash of the named file, remembering which files the feed needs. */
    private static void resolveFiles(ObjectNode item, Path filesDir, Map<String, Path> files, String where,
                                     List<String> problems) throws IOException {
        for (JsonNode a : item.path("attachments")) {
            if (a instanceof ObjectNode attachment && attachment.has("file")) {
                String hash = hashOf(filesDir, attachment.get("file").asText(), files, where, problems);
                attachment.remove("file");
                if (hash != null) {
                    attachment.put("sha256", hash);
                }
            }
        }
        for (JsonNode m : item.path("materials")) {
            if (m instanceof ObjectNode material) {
                for (String field : List.of("blank_form", "sample")) {
                    JsonNode value = material.get(field);
                    if (value != null && value.isTextual() && !FeedNames.isValidSha256(value.asText())) {
                        String hash = hashOf(filesDir, value.asText(), files, where, problems);
                        if (hash != null) {
                            material.put(field, hash);
                        }
                    }
                }
            }
        }
    }

    private static String hashOf(Path filesDir, String name, Map<String, Path> files, String where,
                                 List<String> problems) throws IOException {
        Path file = filesDir.resolve(name).normalize();
        if (!file.startsWith(filesDir.normalize()) || !Files.isRegularFile(file)) {
            problems.add(where + ": attachments: " + Messages.get("publish.noSuchFile", name));
            return null;
        }
        String hash = Hashes.sha256(file);
        files.put(hash, file);
        return hash;
    }

    private static List<Path> itemFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            stream.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    private static long previousSequence(Path out) {
        try {
            return ManifestReader.read(Files.readAllBytes(out.resolve(FeedNames.MANIFEST))).sequence();
        } catch (IOException | FeedException e) {
            return 0;
        }
    }

    private static void removeStale(Path dir, Set<String> keep) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                if (!keep.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] readRequired(Path file) throws IOException, FeedException {
        if (!Files.isRegularFile(file)) {
            throw new FeedException("feed.missingFile", file.getParent().toString(), file.getFileName().toString());
        }
        return Files.readAllBytes(file);
    }
}

package org.hallkiosk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
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
        return publish(source, out, key, sequence, null);
    }

    /**
     * @param sequence the sequence, or null for the previous one in {@code out} + 1; refused when it is not
     *                 greater than the previous one, or outside 1 .. 2^53 - 1
     * @param expiresInDays when set, the manifest's {@code expires} is this many days from now
     */
    public static Result publish(Path source, Path out, PrivateKey key, Long sequence, Integer expiresInDays)
            throws IOException, FeedException, InvalidContent {
        return publish(source, out, key, sequence, expiresInDays, List.of());
    }

    /**
     * @param approvedBy who approved this publication (三审三校), recorded in the signed manifest as
     *                   {@code approved_by}; kiosks ignore the field
     */
    public static Result publish(Path source, Path out, PrivateKey key, Long sequence, Integer expiresInDays,
                                 List<String> approvedBy) throws IOException, FeedException, InvalidContent {
        return publish(source, out, key, sequence, expiresInDays, approvedBy, Map.of(), PACK_FROM_ITEMS);
    }

    /**
     * A publication of this many items or more gets a pack (feed format additions): a kiosk's first sync
     * then fetches one zip instead of thousands of single files. A small feed gains nothing from one.
     */
    public static final int PACK_FROM_ITEMS = 1_000;

    /** @param packFromItems the number of items from which a pack is written (0: always) */
    public static Result publish(Path source, Path out, PrivateKey key, Long sequence, Integer expiresInDays,
                                 List<String> approvedBy, int packFromItems)
            throws IOException, FeedException, InvalidContent {
        return publish(source, out, key, sequence, expiresInDays, approvedBy, Map.of(), packFromItems);
    }

    /** A publication carrying layouts for groups of kiosks, with a pack from {@link #PACK_FROM_ITEMS} items. */
    public static Result publish(Path source, Path out, PrivateKey key, Long sequence, Integer expiresInDays,
                                 List<String> approvedBy, Map<String, byte[]> layouts)
            throws IOException, FeedException, InvalidContent {
        return publish(source, out, key, sequence, expiresInDays, approvedBy, layouts, PACK_FROM_ITEMS);
    }

    /**
     * @param layouts layout.yaml bytes by group (publish --layout GROUP=FILE), already checked by the caller
     *                with the kiosk's own layout checks; each goes under {@code files/<sha256>} and into the
     *                manifest's {@code layouts}
     * @param packFromItems the number of items from which a pack is written (0: always)
     */
    public static Result publish(Path source, Path out, PrivateKey key, Long sequence, Integer expiresInDays,
                                 List<String> approvedBy, Map<String, byte[]> layouts, int packFromItems)
            throws IOException, FeedException, InvalidContent {
        long previous = previousSequence(out);
        long seq = sequence != null ? sequence : previous + 1;
        if (seq < 1 || seq > ManifestReader.MAX_SEQUENCE) {
            throw new FeedException("publish.sequenceOutOfRange", Long.toString(seq));
        }
        if (seq <= previous) {
            throw new FeedException("publish.sequenceNotAfter", Long.toString(seq), out.toString(),
                    Long.toString(previous));
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > 3650)) {
            throw new FeedException("publish.badExpiresIn");
        }
        Checked content = check(source);
        int itemCount = content.items().size();
        Map<String, Path> files = content.files();
        OffsetDateTime now = OffsetDateTime.now(FeedDates.CHINA).truncatedTo(ChronoUnit.SECONDS);

        // Each item's bytes go to its file and into the pack as they are made, and its tree is let go: a
        // province's 200,000 items held as trees and bytes at once do not fit a 2 GiB heap.
        Path itemsOut = Files.createDirectories(out.resolve(FeedNames.ITEMS_DIR));
        Path filesOut = Files.createDirectories(out.resolve(FeedNames.FILES_DIR));
        Set<String> itemNames = new HashSet<>();
        Set<String> keepFiles = new HashSet<>(files.keySet());
        Built built;
        try (PackWriter pack = itemCount >= packFromItems ? PackWriter.start(filesOut) : null) {
            built = build(content, seq, now, expiresInDays == null ? null : now.plusDays(expiresInDays),
                    approvedBy, layouts, (name, bytes) -> {
                        itemNames.add(name);
                        Files.write(itemsOut.resolve(name), bytes);
                        if (pack != null) {
                            pack.addItem(name, bytes);
                        }
                    });
            if (pack != null) {
                Manifest.FileEntry packed = pack.finish(files);
                keepFiles.add(packed.sha256());
                ObjectNode entry = built.manifest().putArray("packs").addObject();
                entry.put("sha256", packed.sha256());
                entry.put("size", packed.size());
                entry.put("media_type", packed.mediaType());
            }
        }
        byte[] manifestBytes = built.manifestBytes();
        if (manifestBytes.length > FeedNames.MAX_MANIFEST_BYTES) {
            // kiosks refuse it before reading: publishing it would strand every kiosk on the last feed
            throw new FeedException("feed.tooLarge", FeedNames.MANIFEST, FeedNames.MAX_MANIFEST_BYTES);
        }
        ManifestReader.read(manifestBytes);
        for (var e : files.entrySet()) {
            Path target = filesOut.resolve(e.getKey());
            if (!Files.exists(target)) {
                Files.copy(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (byte[] layout : layouts.values()) {
            String hash = Hashes.sha256(layout);
            keepFiles.add(hash);
            Path target = filesOut.resolve(hash);
            if (!Files.exists(target)) {
                Files.write(target, layout);
            }
        }
        removeStale(itemsOut, itemNames);
        removeStale(filesOut, keepFiles);
        Path manifestPath = out.resolve(FeedNames.MANIFEST);
        writeAtomically(manifestPath, manifestBytes);
        writeAtomically(out.resolve(FeedNames.SIGNATURE),
                Ed25519Keys.sign(key, manifestBytes).getBytes(StandardCharsets.US_ASCII));
        return new Result(seq, itemCount, files.size(), manifestPath);
    }

    /**
     * A content folder read and checked exactly as {@code publish} reads it (each item by the kiosk's own
     * {@link ItemReader}, attachment names resolved, the whole checked as a kiosk checks a manifest),
     * without writing anything. The importer checks its staged folder with this before moving anything in.
     */
    public record Checked(JsonNode feed, Map<String, ObjectNode> items, Map<String, Path> files) {
    }

    /** The manifest, its packs still to add. */
    private record Built(ObjectNode manifest) {
        byte[] manifestBytes() throws IOException {
            return FeedJson.MAPPER.writeValueAsBytes(manifest);
        }
    }

    /** Where each item file's bytes go as the manifest is built: {@code <id>.json} and its exact bytes. */
    private interface ItemSink {
        ItemSink NONE = (name, bytes) -> { };

        void accept(String name, byte[] bytes) throws IOException;
    }

    public static Checked check(Path source) throws IOException, FeedException, InvalidContent {
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
        Checked checked = new Checked(feed, items, files);
        // Check the whole as a kiosk will before writing or signing anything.
        Built built = build(checked, 1, OffsetDateTime.now(FeedDates.CHINA).truncatedTo(ChronoUnit.SECONDS), null,
                List.of(), Map.of(), ItemSink.NONE);
        Manifest manifest = ManifestReader.read(built.manifestBytes());
        FeedConsistency.check(manifest, links);
        FeedConsistency.checkSearchHints(manifest);
        return checked;
    }

    /**
     * The manifest of {@code content}, each item's bytes handed to {@code sink}. With a sink (publish) each item's
     * tree is taken out of {@code content} once its bytes are made; without one (a check) nothing is kept.
     */
    private static Built build(Checked content, long seq, OffsetDateTime now, OffsetDateTime expires,
                               List<String> approvedBy, Map<String, byte[]> layouts, ItemSink sink)
            throws IOException {
        JsonNode feed = content.feed();
        ObjectNode manifest = FeedJson.MAPPER.createObjectNode();
        manifest.put("format", ManifestReader.FORMAT);
        manifest.put("format_version", ManifestReader.FORMAT_VERSION);
        manifest.put("publisher", feed.path("publisher").asText());
        manifest.put("sequence", seq);
        manifest.put("generated_at", now.toString());
        if (expires != null) {
            manifest.put("expires", expires.toString());
        }
        manifest.set("columns", feed.path("columns").deepCopy());
        if (!approvedBy.isEmpty()) {
            ArrayNode approvers = manifest.putArray("approved_by");
            approvedBy.forEach(approvers::add);
        }

        ArrayNode itemEntries = manifest.putArray("items");
        for (var it = content.items().entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            byte[] bytes = FeedJson.MAPPER.writeValueAsBytes(e.getValue());
            sink.accept(e.getKey() + ".json", bytes);
            ObjectNode entry = itemEntries.addObject();
            entry.put("id", e.getKey());
            entry.put("type", e.getValue().path("type").asText());
            entry.put("sha256", Hashes.sha256(bytes));
            entry.put("size", bytes.length);
            entry.put("updated_at", e.getValue().path("updated_at").asText());
            if (sink != ItemSink.NONE) {
                it.remove();
            }
        }
        ArrayNode fileEntries = manifest.putArray("files");
        for (var e : content.files().entrySet()) {
            ObjectNode entry = fileEntries.addObject();
            entry.put("sha256", e.getKey());
            entry.put("size", Files.size(e.getValue()));
            entry.put("media_type", MediaTypes.guess(e.getValue().getFileName().toString()));
        }
        if (feed.has("search")) {
            manifest.set("search", feed.get("search").deepCopy()); // synonyms and best bets, as the publisher wrote them
        }
        if (!layouts.isEmpty()) {
            ArrayNode layoutEntries = manifest.putArray("layouts");
            for (var e : new TreeMap<>(layouts).entrySet()) {
                layoutEntries.addObject().put("group", e.getKey()).put("sha256", Hashes.sha256(e.getValue()))
                        .put("size", e.getValue().length);
            }
        }
        return new Built(manifest);
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

    /**
     * The sequence of the manifest already in {@code out}, read leniently (a manifest that a stricter kiosk
     * refuses, such as one with a huge sequence, still counts), or 0 when there is none.
     */
    private static long previousSequence(Path out) throws IOException {
        Path manifest = out.resolve(FeedNames.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return 0;
        }
        JsonNode sequence;
        try {
            sequence = FeedJson.MAPPER.readTree(Files.readAllBytes(manifest)).path("sequence");
        } catch (IOException unreadable) {
            return 0;
        }
        if (!sequence.isIntegralNumber()) {
            return 0;
        }
        return sequence.canConvertToLong() ? sequence.asLong() : Long.MAX_VALUE;
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

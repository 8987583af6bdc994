package org.hallkiosk.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.feed.ManifestReader;

/**
 * A publisher for tests: a content folder and a key pair, published with the real {@link FeedWriter}.
 * Start from the repository's sample content or from nothing, change items, publish again.
 */
public final class TestFeed {

    public static final Path SAMPLE_CONTENT = Path.of("assets/sample-content");

    private final Path content;
    private final Path out;
    private final KeyPair keys;

    private TestFeed(Path root, KeyPair keys) throws IOException {
        this.content = Files.createDirectories(root.resolve("content"));
        this.out = root.resolve("feed");
        this.keys = keys;
        Files.createDirectories(content.resolve("items"));
        Files.createDirectories(content.resolve("files"));
    }

    /** The repository's sample content (the real seed policy and the 示例 items), with a fresh key. */
    public static TestFeed fromSample(Path root) throws IOException {
        TestFeed feed = new TestFeed(root, Ed25519Keys.generate());
        copyTree(SAMPLE_CONTENT, feed.content);
        return feed;
    }

    /** An empty content folder with one column, {@code col}, for generated items. */
    public static TestFeed empty(Path root) throws IOException {
        TestFeed feed = new TestFeed(root, Ed25519Keys.generate());
        Files.writeString(feed.content.resolve("feed.json"), """
                {"publisher": "测试发布者", "columns": [{"id": "col", "name": "测试栏目", "parent": null, "order": 1}]}
                """);
        return feed;
    }

    /** A content folder of {@link GeneratedFeed} items, with a fresh key. */
    public static TestFeed generated(Path root, int items, int attachments, int attachmentBytes, long seed)
            throws IOException {
        TestFeed feed = new TestFeed(root, Ed25519Keys.generate());
        feed.regenerate(items, attachments, attachmentBytes, seed);
        return feed;
    }

    /** A generated content folder whose bodies are {@code bodyScale} times as long. */
    public static TestFeed generated(Path root, int items, int attachments, int attachmentBytes, long seed,
                                     int bodyScale) throws IOException {
        TestFeed feed = new TestFeed(root, Ed25519Keys.generate());
        feed.regenerate(items, attachments, attachmentBytes, seed, bodyScale);
        return feed;
    }

    /** Replaces every item and file of the content folder with {@link GeneratedFeed} ones. */
    public void regenerate(int items, int attachments, int attachmentBytes, long seed) throws IOException {
        regenerate(items, attachments, attachmentBytes, seed, 1);
    }

    private void regenerate(int items, int attachments, int attachmentBytes, long seed, int bodyScale)
            throws IOException {
        for (String sub : new String[] {"items", "files"}) {
            try (Stream<Path> old = Files.list(content.resolve(sub))) {
                for (Path p : (Iterable<Path>) old::iterator) {
                    Files.delete(p);
                }
            }
        }
        GeneratedFeed.writeContent(content, items, attachments, attachmentBytes, seed, bodyScale);
    }

    /** The manifest last published. */
    public Manifest manifest() {
        try {
            return ManifestReader.read(Files.readAllBytes(out.resolve(FeedNames.MANIFEST)));
        } catch (IOException | FeedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every item of the last publication and its hash, as {@link MirrorSnapshot#items()} shows them. */
    public Map<String, String> publishedItemHashes() {
        Map<String, String> hashes = new TreeMap<>();
        manifest().items().forEach(e -> hashes.put(e.id(), e.sha256()));
        return hashes;
    }

    public Path contentDir() {
        return content;
    }

    public Path dir() {
        return out;
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    public KeyPair keys() {
        return keys;
    }

    /** Publishes {@code sequence} with a pack, however few the items (publish writes one from 1,000 items). */
    public Path publishWithPacks(long sequence) {
        try {
            FeedWriter.publish(content, out, keys.getPrivate(), sequence, null, List.of(), 0);
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Path publish(long sequence) {
        try {
            FeedWriter.publish(content, out, keys.getPrivate(), sequence);
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes (or replaces) an item file of the content folder. */
    public void putItem(ObjectNode item) {
        try {
            Files.write(content.resolve("items").resolve(item.get("id").asText() + ".json"),
                    FeedJson.MAPPER.writeValueAsBytes(item));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode readItem(String id) {
        try {
            return (ObjectNode) FeedJson.MAPPER.readTree(content.resolve("items").resolve(id + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeItem(String id) {
        try {
            Files.delete(content.resolve("items").resolve(id + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void putFile(String name, byte[] bytes) {
        try {
            Files.write(content.resolve("files").resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A notice with the common fields; add attachments with {@link #attach}. */
    public static ObjectNode notice(String id, String title, String column) {
        ObjectNode n = FeedJson.MAPPER.createObjectNode();
        n.put("id", id);
        n.put("type", "notice");
        n.put("title", title);
        n.putArray("columns").add(column);
        n.put("summary", "测试用条目（示例）");
        n.put("body", "正文：" + title + "。\n\n第二段。");
        n.put("published_at", "2024-05-01T09:00:00+08:00");
        n.put("updated_at", "2024-05-01T09:00:00+08:00");
        return n;
    }

    public static ObjectNode attach(ObjectNode item, String file, String name, String role) {
        ArrayNode attachments = item.has("attachments") ? (ArrayNode) item.get("attachments")
                : item.putArray("attachments");
        attachments.addObject().put("file", file).put("name", name).put("role", role);
        return item;
    }

    public String publicKeyPem() {
        return Ed25519Keys.toPem(keys.getPublic());
    }

    /** Writes a kiosk-config folder that trusts this feed's key and reads from {@code feedLocation}. */
    public Path writeConfig(Path dir, String feedLocation, Path dataDir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("feed-public-key.pem"), publicKeyPem(), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("kiosk.yaml"), "hall_name: 测试大厅\nfeed:\n  url: \"" + feedLocation
                + "\"\n  public_key: feed-public-key.pem\ndata_dir: \"" + dataDir.toAbsolutePath() + "\"\n");
        return dir;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.naturalOrder())::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}

package org.hallkiosk.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.i18n.Messages;

/**
 * The bureau's content folder, which {@code publish} reads. Imports go in whole or not at all: the folder is
 * staged beside itself with the new items, the staged folder is checked by {@link FeedWriter#check} exactly
 * as {@code publish} will check it, and only then are the new files moved in.
 */
public final class ContentFolder {

    private static final Logger LOG = Logger.getLogger(ContentFolder.class.getName());

    /** The standard columns of a 政务公开 catalogue, for a folder that has no feed.json yet. */
    static final List<String[]> STANDARD_COLUMNS = List.of(
            new String[] {"zcwj", "政策文件"}, new String[] {"zcjd", "政策解读"},
            new String[] {"bszn", "办事指南"}, new String[] {"tzgg", "通知公告"});

    private final Path dir;

    public ContentFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** The items already in the folder, by id (unreadable ones are skipped: publish reports them). */
    Map<String, ObjectNode> existingItems() throws IOException {
        Map<String, ObjectNode> out = new HashMap<>();
        Path items = dir.resolve(FeedNames.ITEMS_DIR);
        if (!Files.isDirectory(items)) {
            return out;
        }
        try (Stream<Path> files = Files.list(items)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                try {
                    if (FeedJson.MAPPER.readTree(f.toFile()) instanceof ObjectNode node) {
                        out.put(node.path("id").asText(), node);
                    }
                } catch (IOException unreadable) {
                    LOG.log(Level.FINE, "skipping unreadable item " + f, unreadable);
                }
            }
        }
        return out;
    }

    /** The column ids of feed.json, or the standard ones when there is none yet. */
    Map<String, String> columnsByName() throws IOException {
        Map<String, String> out = new HashMap<>();
        Path feed = dir.resolve("feed.json");
        if (Files.isRegularFile(feed)) {
            for (var c : FeedJson.MAPPER.readTree(feed.toFile()).path("columns")) {
                out.put(c.path("name").asText(), c.path("id").asText());
                out.put(c.path("id").asText(), c.path("id").asText());
            }
        } else {
            for (String[] c : STANDARD_COLUMNS) {
                out.put(c[1], c[0]);
                out.put(c[0], c[0]);
            }
        }
        return out;
    }

    /** Top-level columns without sub-columns (政策文件, 工作动态 …): a catalogue row may name one as its home. */
    Set<String> topLevelLeaves() throws IOException {
        Set<String> out = new HashSet<>();
        Path feed = dir.resolve("feed.json");
        if (!Files.isRegularFile(feed)) {
            for (String[] c : STANDARD_COLUMNS) {
                out.add(c[0]);
            }
            return out;
        }
        Set<String> parents = new HashSet<>();
        for (var c : FeedJson.MAPPER.readTree(feed.toFile()).path("columns")) {
            if (c.path("parent").isTextual()) {
                parents.add(c.path("parent").asText());
            } else {
                out.add(c.path("id").asText());
            }
        }
        out.removeAll(parents);
        return out;
    }

    /** Stages, checks and moves in every draft; on any problem the folder is left as it was. */
    void apply(List<Draft> drafts, String publisher) throws IOException, ImportException {
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + dir.getFileName() + ".import-");
        try {
            boolean newFeed = !Files.isRegularFile(dir.resolve("feed.json"));
            copyTree(dir, staging);
            if (newFeed) {
                Files.write(staging.resolve("feed.json"), FeedJson.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(standardFeed(publisher)));
            }
            Files.createDirectories(staging.resolve(FeedNames.ITEMS_DIR));
            for (Draft d : drafts) {
                // never write through a hard link into the real folder: remove the staged name first
                Files.deleteIfExists(staging.resolve(FeedNames.ITEMS_DIR).resolve(d.id() + ".json"));
                Files.write(staging.resolve(FeedNames.ITEMS_DIR).resolve(d.id() + ".json"),
                        FeedJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(d.item()));
                Path files = Files.createDirectories(staging.resolve(FeedNames.FILES_DIR).resolve(d.id()));
                for (var f : d.files().entrySet()) {
                    Files.deleteIfExists(files.resolve(f.getKey()));
                    Files.copy(f.getValue(), files.resolve(f.getKey()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            check(staging, drafts);
            // Checked: move the new and changed files in. Only I/O can fail from here on.
            Files.createDirectories(dir.resolve(FeedNames.ITEMS_DIR));
            for (Draft d : drafts) {
                Path files = Files.createDirectories(dir.resolve(FeedNames.FILES_DIR).resolve(d.id()));
                for (String name : d.files().keySet()) {
                    move(staging.resolve(FeedNames.FILES_DIR).resolve(d.id()).resolve(name), files.resolve(name));
                }
            }
            for (Draft d : drafts) {
                move(staging.resolve(FeedNames.ITEMS_DIR).resolve(d.id() + ".json"),
                        dir.resolve(FeedNames.ITEMS_DIR).resolve(d.id() + ".json"));
            }
            if (newFeed) {
                move(staging.resolve("feed.json"), dir.resolve("feed.json"));
            }
        } finally {
            deleteTree(staging);
        }
    }

    private static void check(Path staging, List<Draft> drafts) throws IOException, ImportException {
        Map<String, Draft> byFile = new HashMap<>();
        drafts.forEach(d -> byFile.put(FeedNames.ITEMS_DIR + "/" + d.id() + ".json", d));
        List<String> problems = new ArrayList<>();
        try {
            FeedWriter.check(staging);
        } catch (FeedWriter.InvalidContent e) {
            for (String p : e.problems()) {
                // "items/<id>.json: field: message" becomes "source:row/field: message"
                int colon = p.indexOf(": ");
                Draft d = colon > 0 ? byFile.get(p.substring(0, colon)) : null;
                if (d != null) {
                    String rest = p.substring(colon + 2);
                    int fieldEnd = rest.indexOf(": ");
                    problems.add(d.source() + ":" + d.row() + "/"
                            + (fieldEnd > 0 ? rest.substring(0, fieldEnd) + ": " + rest.substring(fieldEnd + 2)
                            : "item: " + rest));
                } else {
                    problems.add(p);
                }
            }
        } catch (FeedException e) {
            problems.add(Messages.get("import.contentRefused", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    private static ObjectNode standardFeed(String publisher) {
        ObjectNode feed = FeedJson.MAPPER.createObjectNode();
        feed.put("publisher", publisher == null ? "" : publisher);
        ArrayNode columns = feed.putArray("columns");
        int order = 1;
        for (String[] c : STANDARD_COLUMNS) {
            ObjectNode column = columns.addObject();
            column.put("id", c[0]);
            column.put("name", c[1]);
            column.putNull("parent");
            column.put("order", order++);
        }
        return feed;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A copy for staging: attachments are hard-linked where the file system allows (they are only read). */
    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(f).toString());
                if (!from.relativize(f).startsWith(FeedNames.FILES_DIR)) {
                    Files.copy(f, target);
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.createLink(target, f);
                } catch (IOException | UnsupportedOperationException noLink) {
                    Files.copy(f, target);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove the staging folder " + root, e);
        }
    }
}

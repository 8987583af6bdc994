package org.hallkiosk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hallkiosk.content.Column;
import org.hallkiosk.content.ItemType;

/** Reads manifest.json after its signature has been checked, refusing anything the format does not allow. */
public final class ManifestReader {

    public static final String FORMAT = "hall-kiosk-feed";
    public static final int FORMAT_VERSION = 1;
    /** The highest sequence: 2^53 - 1, a number every JSON reader holds exactly. */
    public static final long MAX_SEQUENCE = (1L << 53) - 1;

    private ManifestReader() {
    }

    public static Manifest read(byte[] bytes) throws FeedException {
        JsonNode root = FeedJson.parseObject(bytes, FeedNames.MANIFEST);
        List<JsonFields.FieldProblem> problems = new ArrayList<>();
        JsonFields fields = new JsonFields(root, "", problems);

        String format = fields.text("format", true);
        if (format != null && !FORMAT.equals(format)) {
            throw new FeedException("manifest.notAFeed", format);
        }
        Long version = fields.integer("format_version", true);
        if (version != null && version > FORMAT_VERSION) {
            throw new FeedException("manifest.newerFormat", Long.toString(version), Integer.toString(FORMAT_VERSION));
        }
        if (version != null && version < 1) {
            fields.problem("format_version", "field.outOfRange");
        }
        String publisher = fields.text("publisher", true);
        Long sequence = readSequence(fields);
        String generatedAt = fields.text("generated_at", true);
        if (generatedAt != null) {
            fields.dateTime("generated_at", true);
        }
        String expires = readExpires(fields);
        List<Column> columns = readColumns(fields, problems);
        List<Manifest.ItemEntry> items = readItems(fields);
        List<Manifest.FileEntry> files = readFiles(fields, "files");
        List<Manifest.FileEntry> packs = readFiles(fields, "packs");
        List<Manifest.LayoutEntry> layouts = readLayouts(fields);
        FieldProblems.throwIfAny(FeedNames.MANIFEST, problems);
        return new Manifest(version.intValue(), publisher, sequence, generatedAt, columns, items, files, expires,
                SearchHintsReader.read(root.get("search")), packs, layouts);
    }

    /** {@code sequence}: 1 to 2^53 - 1; anything else makes the manifest invalid. */
    private static Long readSequence(JsonFields fields) {
        if (!fields.has("sequence")) {
            fields.integer("sequence", true);
            return null;
        }
        Long sequence = fields.integer("sequence", true);
        if (sequence != null && (sequence < 1 || sequence > MAX_SEQUENCE)) {
            fields.problem("sequence", "field.badSequence");
            return null;
        }
        return sequence;
    }

    /** {@code expires} (format 1 addition, optional): an ISO 8601 date-time, kept as written. */
    private static String readExpires(JsonFields fields) {
        if (!fields.has("expires")) {
            return null;
        }
        return fields.dateTime("expires", false) == null ? null : fields.text("expires", false);
    }

    private static List<Column> readColumns(JsonFields fields, List<JsonFields.FieldProblem> problems) {
        List<Column> columns = new ArrayList<>();
        Map<String, JsonFields> byId = new HashMap<>();
        for (JsonFields c : fields.objects("columns", true)) {
            String id = c.text("id", true);
            String name = c.text("name", true);
            String parent = c.text("parent", false);
            Integer order = c.intValue("order", false);
            if (id != null && !FeedNames.isValidId(id)) {
                c.problem("id", "field.badId");
                continue;
            }
            if (parent != null && !FeedNames.isValidId(parent)) {
                c.problem("parent", "field.badId");
                continue;
            }
            if (id == null || name == null) {
                continue;
            }
            if (byId.put(id, c) != null) {
                c.problem("id", "field.duplicateId");
                continue;
            }
            columns.add(new Column(id, name, parent, order == null ? 0 : order));
        }
        Map<String, String> parents = new HashMap<>();
        columns.forEach(col -> parents.put(col.id(), col.parent()));
        for (Column col : columns) {
            if (col.parent() != null && !parents.containsKey(col.parent())) {
                byId.get(col.id()).problem("parent", "field.unknownColumn");
            } else if (inCycle(col.id(), parents)) {
                byId.get(col.id()).problem("parent", "field.columnCycle");
            }
        }
        return columns;
    }

    private static boolean inCycle(String start, Map<String, String> parents) {
        Set<String> seen = new HashSet<>();
        String at = start;
        while (at != null) {
            if (!seen.add(at)) {
                return true;
            }
            at = parents.get(at);
        }
        return false;
    }

    private static List<Manifest.ItemEntry> readItems(JsonFields fields) {
        List<Manifest.ItemEntry> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonFields i : fields.objects("items", true)) {
            String id = i.text("id", true);
            String type = i.text("type", true);
            String sha = i.text("sha256", true);
            Long size = i.integer("size", true);
            String updatedAt = i.text("updated_at", false);
            boolean ok = id != null && type != null && sha != null && size != null;
            if (id != null && !FeedNames.isValidId(id)) {
                i.problem("id", "field.badId");
                ok = false;
            } else if (id != null && !ids.add(id)) {
                i.problem("id", "field.duplicateId");
                ok = false;
            }
            if (type != null && ItemType.fromCode(type).isEmpty()) {
                i.problem("type", "field.badType");
                ok = false;
            }
            if (sha != null && !FeedNames.isValidSha256(sha)) {
                i.problem("sha256", "field.badSha256");
                ok = false;
            }
            if (size != null && (size < 0 || size > FeedNames.MAX_ITEM_BYTES)) {
                i.problem("size", "field.outOfRange");
                ok = false;
            }
            if (ok) {
                items.add(new Manifest.ItemEntry(id, type, sha, size, updatedAt));
            }
        }
        return items;
    }

    /** {@code files}, or {@code packs}: the same shape, a hash, a size and a media type. */
    private static List<Manifest.FileEntry> readFiles(JsonFields fields, String name) {
        List<Manifest.FileEntry> files = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        for (JsonFields f : fields.objects(name, false)) {
            String sha = f.text("sha256", true);
            Long size = f.integer("size", true);
            String mediaType = f.text("media_type", false);
            boolean ok = sha != null && size != null;
            if (sha != null && !FeedNames.isValidSha256(sha)) {
                f.problem("sha256", "field.badSha256");
                ok = false;
            } else if (sha != null && !hashes.add(sha)) {
                f.problem("sha256", "field.duplicateId");
                ok = false;
            }
            if (size != null && size < 0) {
                f.problem("size", "field.outOfRange");
                ok = false;
            }
            if (ok) {
                files.add(new Manifest.FileEntry(sha, size, mediaType == null ? "application/octet-stream" : mediaType));
            }
        }
        return files;
    }

    /** A layout group: a name a kiosk.yaml writes as {@code layout_group}. */
    public static final Pattern GROUP = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** A layout is a config file: the same 64 KB bound as every config file. */
    public static final long MAX_LAYOUT_BYTES = 64 * 1024;

    /** {@code layouts}: one layout.yaml per group, by hash and size; a group named twice is invalid. */
    private static List<Manifest.LayoutEntry> readLayouts(JsonFields fields) {
        List<Manifest.LayoutEntry> layouts = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (JsonFields f : fields.objects("layouts", false)) {
            String group = f.text("group", true);
            String sha = f.text("sha256", true);
            Long size = f.integer("size", true);
            boolean ok = group != null && sha != null && size != null;
            if (group != null && (!GROUP.matcher(group).matches() || !groups.add(group))) {
                f.problem("group", GROUP.matcher(group).matches() ? "field.duplicateId" : "field.badId");
                ok = false;
            }
            if (sha != null && !FeedNames.isValidSha256(sha)) {
                f.problem("sha256", "field.badSha256");
                ok = false;
            }
            if (size != null && (size < 1 || size > MAX_LAYOUT_BYTES)) {
                f.problem("size", "field.outOfRange");
                ok = false;
            }
            if (ok) {
                layouts.add(new Manifest.LayoutEntry(group, sha, size));
            }
        }
        return layouts;
    }
}

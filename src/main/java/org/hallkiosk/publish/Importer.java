package org.hallkiosk.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hallkiosk.i18n.Messages;

/**
 * {@code import}: turns what a bureau already has (its platform's pages, its catalogue spreadsheet, its Word
 * files, its .doc/.pdf originals) into items of the content folder that {@code publish} reads. Every file of
 * one run goes in, or none does.
 */
public final class Importer {

    /** What was imported, and what the bureau should look at (an attachment named but absent...). */
    public record Result(List<String> ids, List<String> warnings) {
    }

    private final ContentFolder content;
    private final String column;
    private final String target;
    private String publisher;

    /**
     * @param column the column (id or name) for items whose file does not say, or null for the type's own
     * @param target for .doc/.pdf originals: the id or title of the item they belong to
     */
    public Importer(Path contentDir, String column, String target) {
        this.content = new ContentFolder(contentDir);
        this.column = column;
        this.target = target;
    }

    /** The publisher's name for a content folder that has no feed.json yet (default: the first issuer). */
    public Importer publisher(String name) {
        this.publisher = name;
        return this;
    }

    public Result importFiles(List<Path> files) throws IOException, ImportException {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        Map<String, String> columns = content.columnsByName();
        String columnId = null;
        if (column != null) {
            columnId = columns.get(column);
            if (columnId == null) {
                errors.add("--column: " + Messages.get("import.unknownColumn", column));
            }
        }
        Map<String, ObjectNode> existing = content.existingItems();
        List<Path> originals = new ArrayList<>();
        for (Path file : files) {
            Problems problems = new Problems(file.getFileName().toString(), warnings);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!Files.isRegularFile(file)) {
                problems.error(0, "file", "import.noFile", file.toString());
            } else if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")) {
                Draft d = PlatformPage.read(file, columnId, problems);
                if (d != null) {
                    drafts.add(d);
                }
            } else if (name.endsWith(".csv") || name.endsWith(".xlsx")) {
                drafts.addAll(new Catalogue(columns, content.topLevelLeaves(), existing, problems).read(file));
            } else if (name.endsWith(".docx")) {
                Draft d = WordFile.read(file, columnId, problems);
                if (d != null) {
                    drafts.add(d);
                }
            } else if (name.endsWith(".doc") || name.endsWith(".pdf") || name.endsWith(".wps")
                    || name.endsWith(".ofd")) {
                originals.add(file);
            } else {
                problems.error(0, "file", "import.unknownKind", file.getFileName().toString());
            }
            errors.addAll(problems.errors());
        }
        if (!originals.isEmpty()) {
            attachOriginals(originals, drafts, existing, errors);
        }
        drafts.forEach(d -> keepWhatTheSourceLacks(d, existing.get(d.id())));
        Map<String, Draft> ids = new HashMap<>();
        for (Draft d : drafts) {
            Draft other = ids.put(d.id(), d);
            if (other != null) {
                errors.add(d.source() + ":" + d.row() + "/id: " + Messages.get("import.duplicateId", d.id(),
                        other.source() + ":" + other.row()));
            }
        }
        String name = publisher != null ? publisher : publisher(drafts);
        if (name.isBlank() && !Files.isRegularFile(content.dir().resolve("feed.json"))) {
            errors.add("--publisher: " + Messages.get("import.needsPublisher"));
        }
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        content.apply(drafts, name);
        return new Result(drafts.stream().map(Draft::id).toList(), warnings);
    }

    /** .doc/.pdf files are attached as originals to the item named by --title (id or title). */
    private void attachOriginals(List<Path> originals, List<Draft> drafts, Map<String, ObjectNode> existing,
                                 List<String> errors) {
        if (target == null) {
            for (Path f : originals) {
                errors.add(f.getFileName() + ":0/--title: " + Messages.get("import.originalNeedsTarget"));
            }
            return;
        }
        Draft draft = drafts.stream().filter(d -> matches(d.item(), target)).findFirst().orElse(null);
        if (draft == null) {
            ObjectNode item = existing.values().stream().filter(i -> matches(i, target)).findFirst().orElse(null);
            if (item == null) {
                errors.add(originals.get(0).getFileName() + ":0/--title: "
                        + Messages.get("import.noSuchItem", target));
                return;
            }
            draft = new Draft(item.deepCopy(), originals.get(0).getFileName().toString(), 0);
            drafts.add(draft);
        }
        for (Path f : originals) {
            draft.attach(f, "original");
        }
    }

    /** Fields a page or catalogue row cannot carry, which staff may have added to the item since. */
    private static final List<String> KEPT_FIELDS = List.of("summary", "url", "keywords", "related", "topic",
            "classification", "attachments", "body");

    /**
     * A re-import replaces the item but keeps what its source does not say (a 内容概述, a 链接, keywords,
     * related items, the originals, further columns added in the folder; the text, for a catalogue row whose
     * 正文 is empty), so importing a page again never loses staff's additions.
     */
    private static void keepWhatTheSourceLacks(Draft draft, ObjectNode before) {
        if (before == null || draft.item() == before || !draft.item().path("type").asText()
                .equals(before.path("type").asText())) {
            return;
        }
        for (String field : KEPT_FIELDS) {
            if (!draft.item().has(field) && before.has(field)) {
                draft.item().set(field, before.get(field).deepCopy());
            }
        }
        var columns = (ArrayNode) draft.item().get("columns");
        for (var c : before.path("columns")) {
            boolean present = false;
            for (var d : columns) {
                present |= d.asText().equals(c.asText());
            }
            if (!present) {
                columns.add(c.asText());
            }
        }
    }

    private static boolean matches(ObjectNode item, String idOrTitle) {
        return idOrTitle.equals(item.path("id").asText()) || idOrTitle.equals(item.path("title").asText());
    }

    private static String publisher(List<Draft> drafts) {
        return drafts.stream().map(d -> d.item().path("issuer").asText("")).filter(s -> !s.isEmpty())
                .findFirst().orElse("");
    }
}

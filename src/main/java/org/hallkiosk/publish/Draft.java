package org.hallkiosk.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item about to be imported: its JSON in the feed's item format, the files it attaches (stored under
 * {@code files/<id>/<name>} in the content folder) and where it came from, for messages.
 */
record Draft(String id, ObjectNode item, Map<String, Path> files, String source, int row) {

    Draft(ObjectNode item, String source, int row) {
        this(item.path("id").asText(), item, new LinkedHashMap<>(), source, row);
    }

    /** Attaches a file beside the source as the item's original (or another role); where it is stored. */
    String attach(Path file, String role) {
        String name = file.getFileName().toString();
        files.put(name, file);
        var attachments = item.has("attachments") ? (ArrayNode) item
                .get("attachments") : item.putArray("attachments");
        for (var a : attachments) {
            if (name.equals(a.path("name").asText())) {
                return a.path("file").asText();
            }
        }
        ObjectNode a = attachments.addObject();
        a.put("file", id + "/" + name);
        a.put("name", name);
        a.put("role", role);
        return id + "/" + name;
    }
}

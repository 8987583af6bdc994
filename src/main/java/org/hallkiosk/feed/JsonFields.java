package org.hallkiosk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one JSON object and writes down, instead of throwing, every field that is missing
 * or of the wrong kind, named by its path (e.g. {@code materials[2].name}), so one pass reports them all.
 */
final class JsonFields {

    private final JsonNode node;
    private final String prefix;
    private final List<FieldProblem> problems;

    JsonFields(JsonNode node, String prefix, List<FieldProblem> problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** A field that failed: its path and the message key saying why. */
    record FieldProblem(String field, String key) {
    }

    String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    void problem(String field, String key) {
        problems.add(new FieldProblem(path(field), key));
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(field, "field.missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            problem(field, "field.notText");
            return null;
        }
        if (required && value.asText().isBlank()) {
            problem(field, "field.empty");
            return null;
        }
        return value.asText();
    }

    List<String> textList(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(field, "field.missing");
            }
            return List.of();
        }
        if (!value.isArray()) {
            problem(field, "field.notList");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isTextual()) {
                problems.add(new FieldProblem(path(field) + "[" + i + "]", "field.notText"));
            } else {
                out.add(element.asText());
            }
        }
        return out;
    }

    /** The elements of an array of objects, each as its own JsonFields named {@code field[i]}. */
    List<JsonFields> objects(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(field, "field.missing");
            }
            return List.of();
        }
        if (!value.isArray()) {
            problem(field, "field.notList");
            return List.of();
        }
        List<JsonFields> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPath = path(field) + "[" + i + "]";
            if (!element.isObject()) {
                problems.add(new FieldProblem(elementPath, "field.notObject"));
            } else {
                out.add(new JsonFields(element, elementPath, problems));
            }
        }
        return out;
    }

    JsonFields object(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(field, "field.missing");
            }
            return null;
        }
        if (!value.isObject()) {
            problem(field, "field.notObject");
            return null;
        }
        return new JsonFields(value, path(field), problems);
    }

    Long integer(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(field, "field.missing");
            }
            return null;
        }
        if (!value.isIntegralNumber()) {
            problem(field, "field.notInteger");
            return null;
        }
        if (!value.canConvertToLong()) {
            problem(field, "field.outOfRange");
            return null;
        }
        return value.asLong();
    }

    /** An integer that must lie in {@code min..max}: one beyond is refused, never wrapped. */
    Long integer(String field, boolean required, long min, long max) {
        Long value = integer(field, required);
        if (value != null && (value < min || value > max)) {
            problem(field, "field.outOfRange");
            return null;
        }
        return value;
    }

    /** An integer that must fit a Java int. */
    Integer intValue(String field, boolean required) {
        Long value = integer(field, required, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return value == null ? null : value.intValue();
    }

    Boolean bool(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(field, "field.missing");
            }
            return null;
        }
        if (!value.isBoolean()) {
            problem(field, "field.notBoolean");
            return null;
        }
        return value.asBoolean();
    }

    OffsetDateTime dateTime(String field, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        try {
            return FeedDates.parse(text);
        } catch (IllegalArgumentException e) {
            problem(field, "field.notDate");
            return null;
        }
    }

    LocalDate date(String field, boolean required) {
        OffsetDateTime value = dateTime(field, required);
        return value == null ? null : value.toLocalDate();
    }
}

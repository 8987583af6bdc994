package org.hallkiosk.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link Layout} as {@code layout.yaml} text, keeping the comments administrators read: the file's
 * header, the comment lines above each field and each field of {@code idle} and {@code attract}, and a comment
 * at the end of a field's line. The values are regenerated in the shipped file's style (fields in the order
 * {@link LayoutLoader} documents them, tiles as blocks, targets and hot searches in flow style), so an
 * unchanged layout written over the shipped file gives the same bytes. A field the old text lacks gets the
 * comment the shipped file has for it. Comments inside a list entry (a tile, a hotline) are not kept: the
 * entries themselves are rewritten.
 */
public final class LayoutYaml {

    private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*:(.*)$");
    private static final Pattern SUB_KEY = Pattern.compile("^(\\s+)([A-Za-z_][A-Za-z0-9_]*)\\s*:(.*)$");
    /** Words YAML would read as a boolean or null, not as text. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null",
            "~");
    private static final String INDENT = "  ";

    private LayoutYaml() {
    }

    /** The layout.yaml shipped in the jar: the template whose comments a field without its own gets. */
    public static String shipped() {
        try (InputStream in = LayoutYaml.class.getResourceAsStream(ConfigLoader.EMBEDDED_ROOT
                + LayoutLoader.LAYOUT_FILE)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no layout.yaml");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the jar's layout.yaml cannot be read", e);
        }
    }

    /**
     * {@code layout} as the text of layout.yaml, with the comments of {@code original} (the file being
     * replaced; null or blank: the shipped file's comments).
     */
    public static String write(Layout layout, String original) {
        Text template = Text.parse(shipped());
        Text old = original == null || original.isBlank() ? template : Text.parse(original);
        StringBuilder out = new StringBuilder();
        old.header.forEach(l -> out.append(l).append('\n'));
        for (String key : LayoutLoader.FIELDS) {
            Section mine = old.sections.get(key);
            Section shippedOne = template.sections.get(key);
            Section comments = mine != null ? mine : shippedOne;
            if (comments != null) {
                comments.leading.forEach(l -> out.append(l).append('\n'));
            }
            String inline = comments == null ? "" : comments.inline;
            switch (key) {
                case "hotlines" -> hotlines(out, layout.hotlines(), inline);
                case "tiles" -> tiles(out, layout.tiles(), inline);
                case "hot_searches" -> line(out, "hot_searches: " + flowList(layout.hotSearches()), inline);
                case "idle" -> idle(out, layout, mine, shippedOne, inline);
                case "text_size" -> line(out, "text_size: " + layout.textSize().code(), inline);
                case "theme" -> line(out, "theme: " + layout.contrast().code(), inline);
                case "attract" -> attract(out, layout.attract(), mine, shippedOne, inline);
                default -> throw new IllegalStateException("a layout field this writer does not know: " + key);
            }
        }
        old.trailing.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private static void hotlines(StringBuilder out, List<Layout.Hotline> hotlines, String inline) {
        if (hotlines.isEmpty()) {
            line(out, "hotlines: []", inline);
            return;
        }
        line(out, "hotlines:", inline);
        for (Layout.Hotline h : hotlines) {
            out.append(INDENT).append("- label: ").append(scalar(h.label(), false)).append('\n');
            // a number is always quoted: unquoted, YAML reads 053166612345 as an octal number
            out.append(INDENT).append("  number: ").append(quoted(h.number())).append('\n');
        }
    }

    private static void tiles(StringBuilder out, List<Layout.Tile> tiles, String inline) {
        if (tiles.isEmpty()) {
            line(out, "tiles: []", inline);
            return;
        }
        line(out, "tiles:", inline);
        for (Layout.Tile t : tiles) {
            out.append(INDENT).append("- label: ").append(scalar(t.label(), false)).append('\n');
            out.append(INDENT).append("  icon: ").append(scalar(t.icon(), false)).append('\n');
            out.append(INDENT).append("  color: ").append(scalar(t.color(), false)).append('\n');
            if (t.target() != null) {
                out.append(INDENT).append("  target: { ")
                        .append(t.target().kind().name().toLowerCase(Locale.ROOT)).append(": ")
                        .append(scalar(t.target().value(), true)).append(" }\n");
            }
        }
    }

    private static void idle(StringBuilder out, Layout layout, Section mine, Section shippedOne, String inline) {
        line(out, "idle:", inline);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("timeout_seconds", Long.toString(layout.idleTimeout().toSeconds()));
        values.put("warning_seconds", Long.toString(layout.idleWarning().toSeconds()));
        values.put("warning_tone", Boolean.toString(layout.warningTone()));
        for (var e : values.entrySet()) {
            SubField c = comments(mine, shippedOne, e.getKey());
            c.leading.forEach(l -> out.append(l).append('\n'));
            line(out, INDENT + e.getKey() + ": " + e.getValue(), c.inline);
        }
        tail(out, mine);
    }

    private static void attract(StringBuilder out, Layout.Attract attract, Section mine, Section shippedOne,
                                String inline) {
        line(out, "attract:", inline);
        if (attract.title() != null) {
            SubField c = comments(mine, shippedOne, "title");
            c.leading.forEach(l -> out.append(l).append('\n'));
            line(out, INDENT + "title: " + scalar(attract.title(), false), c.inline);
        }
        SubField n = comments(mine, shippedOne, "notices");
        n.leading.forEach(l -> out.append(l).append('\n'));
        if (attract.notices().isEmpty()) {
            line(out, INDENT + "notices: []", n.inline);
        } else {
            line(out, INDENT + "notices:", n.inline);
            for (String notice : attract.notices()) {
                out.append(INDENT).append(INDENT).append("- ").append(scalar(notice, false)).append('\n');
            }
        }
        SubField r = comments(mine, shippedOne, "rotate_seconds");
        r.leading.forEach(l -> out.append(l).append('\n'));
        line(out, INDENT + "rotate_seconds: " + attract.rotate().toSeconds(), r.inline);
        tail(out, mine);
    }

    /** A field's own comments when the old text has the field, else the shipped file's. */
    private static SubField comments(Section mine, Section shippedOne, String field) {
        if (mine != null && mine.fields.containsKey(field)) {
            return mine.fields.get(field);
        }
        if (shippedOne != null && shippedOne.fields.containsKey(field)) {
            return shippedOne.fields.get(field);
        }
        return new SubField(List.of(), "");
    }

    private static void tail(StringBuilder out, Section mine) {
        if (mine != null) {
            mine.tail.forEach(l -> out.append(l).append('\n'));
        }
    }

    private static void line(StringBuilder out, String text, String inline) {
        out.append(text).append(inline).append('\n');
    }

    private static String flowList(List<String> words) {
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            parts.add(scalar(w, true));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /**
     * A text as YAML reads it back unchanged: plain where nothing in it means something to YAML, else in
     * double quotes. {@code flow}: inside [ ] or { }, where commas and brackets end a value.
     */
    static String scalar(String text, boolean flow) {
        return plain(text, flow) ? text : quoted(text);
    }

    private static boolean plain(String s, boolean flow) {
        if (s.isEmpty() || !s.equals(s.strip()) || RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        char first = s.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@`+.~".indexOf(first) >= 0 || Character.isDigit(first)) {
            return false; // an indicator, or something YAML may read as a number
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '#' || c == '"' || c == '\'' || c == '\\' || Character.isISOControl(c)
                    || (flow && ",[]{}".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The comment at the end of a line ({@code "  # …"}, with the spaces before it), or "". */
    static String inlineComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
                int start = i;
                while (start > 0 && Character.isWhitespace(line.charAt(start - 1))) {
                    start--;
                }
                return line.substring(start);
            }
        }
        return "";
    }

    /** The comment lines above a field, and the comment at the end of its line. */
    private record SubField(List<String> leading, String inline) {
    }

    /** A top-level field: comments above it, at the end of its line, above each of its fields, and after them. */
    private static final class Section {
        final List<String> leading;
        final String inline;
        final List<String> body = new ArrayList<>();
        final Map<String, SubField> fields = new LinkedHashMap<>();
        final List<String> tail = new ArrayList<>();

        Section(List<String> leading, String inline) {
            this.leading = leading;
            this.inline = inline;
        }

        /** Splits the body into fields (for idle and attract) with the comment lines above each. */
        void readFields() {
            List<String> pending = new ArrayList<>();
            String indent = null;
            for (String l : body) {
                Matcher m = SUB_KEY.matcher(l);
                if (m.matches() && (indent == null || m.group(1).equals(indent))) {
                    indent = m.group(1);
                    fields.put(m.group(2), new SubField(List.copyOf(pending), inlineComment(m.group(3))));
                    pending.clear();
                } else if (isComment(l)) {
                    pending.add(l);
                } else {
                    pending.clear(); // a line of a field's value (a notice): rewritten, so its comments go too
                }
            }
            tail.addAll(pending);
        }
    }

    private static boolean isComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /** A layout.yaml split into its header, its top-level fields with their comments, and what follows. */
    private static final class Text {
        final List<String> header = new ArrayList<>();
        final Map<String, Section> sections = new LinkedHashMap<>();
        final List<String> trailing = new ArrayList<>();

        static Text parse(String text) {
            Text t = new Text();
            List<String> pending = new ArrayList<>();
            Section current = null;
            for (String l : text.replace("\r\n", "\n").split("\n", -1)) {
                Matcher m = TOP_KEY.matcher(l);
                if (m.matches() && !l.startsWith("#")) {
                    if (t.sections.isEmpty()) {
                        // the header: everything up to the last blank line before the first field
                        int lastBlank = pending.lastIndexOf("");
                        for (int i = 0; i <= lastBlank; i++) {
                            t.header.add(pending.get(i));
                        }
                        pending = new ArrayList<>(pending.subList(lastBlank + 1, pending.size()));
                    }
                    current = new Section(List.copyOf(pending), inlineComment(m.group(2)));
                    t.sections.put(m.group(1), current);
                    pending.clear();
                } else if (l.isEmpty() || l.startsWith("#")) {
                    pending.add(l);
                } else if (current != null) {
                    current.body.addAll(pending);
                    pending.clear();
                    current.body.add(l);
                }
            }
            // the split leaves one empty string after the final newline
            if (!pending.isEmpty() && pending.get(pending.size() - 1).isEmpty()) {
                pending.remove(pending.size() - 1);
            }
            t.trailing.addAll(pending);
            t.sections.values().forEach(Section::readFields);
            return t;
        }
    }
}

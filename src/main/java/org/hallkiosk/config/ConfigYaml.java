package org.hallkiosk.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallkiosk.i18n.Messages;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one way a config file becomes a YAML tree, shared by kiosk.yaml, layout.yaml and staff.yaml (and so by
 * the kiosk, check-config and preview-layout): the file's size is checked before a byte is parsed, the parser
 * refuses long strings, deep nesting and duplicate keys, and fields nobody reads are named with a
 * did-you-mean. A config file is a page of settings; a megabyte of it is a mistake, not a hall.
 */
public final class ConfigYaml {

    /** The largest config file read. The shipped layout.yaml is about 2 KiB. */
    public static final int MAX_FILE_BYTES = 64 * 1024;
    /**
     * The longest single text (a notice, a path). Jackson's YAML backend applies StreamReadConstraints to
     * nesting but not to scalars, so the file-size check is what bounds the work; this and SnakeYAML's
     * code-point limit back it up for bytes that come from elsewhere.
     */
    static final int MAX_STRING_CHARS = 4 * 1024;

    static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_STRING_CHARS).maxNestingDepth(32).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private ConfigYaml() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(MAX_FILE_BYTES);
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(20);
        return o;
    }

    /** A file that cannot be turned into a tree, with the problem to report for it. */
    static final class Unreadable extends Exception {
        private final transient ConfigProblem problem;

        Unreadable(ConfigProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        ConfigProblem problem() {
            return problem;
        }
    }

    /** The file's bytes, refused before reading when it is larger than {@link #MAX_FILE_BYTES}. */
    static byte[] readBounded(Path file, String name) throws IOException, Unreadable {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new Unreadable(new ConfigProblem(name, "-", Messages.get("config.fileTooLarge",
                    Long.toString((size + 1023) / 1024), Integer.toString(MAX_FILE_BYTES / 1024))));
        }
        return Files.readAllBytes(file);
    }

    /** Parses a config file's bytes into a tree; a duplicate key, bad YAML or a non-mapping is a problem. */
    static JsonNode parse(byte[] bytes, String name) throws Unreadable {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new Unreadable(new ConfigProblem(name, "-", Messages.get("config.fileTooLarge",
                    Integer.toString((bytes.length + 1023) / 1024), Integer.toString(MAX_FILE_BYTES / 1024))));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new Unreadable(describe(e, name));
        }
        if (root == null || !root.isObject()) {
            throw new Unreadable(new ConfigProblem(name, "-", Messages.get("config.notMap")));
        }
        return root;
    }

    /** Reads and parses a file in one step: bounded, strict. */
    static JsonNode read(Path file, String name) throws IOException, Unreadable {
        return parse(readBounded(file, name), name);
    }

    private static ConfigProblem describe(IOException e, String name) {
        String message = String.valueOf(e.getMessage());
        Matcher dup = DUPLICATE.matcher(message);
        if (dup.find()) {
            String field = dup.group(1);
            if (e instanceof JsonProcessingException j && j.getProcessor() instanceof JsonParser p) {
                String parent = pathOf(p);
                field = parent.isEmpty() ? field : parent + "." + field;
            }
            return new ConfigProblem(name, field, Messages.get("config.duplicateKey"));
        }
        return new ConfigProblem(name, "-", Messages.get("config.badYaml", message.lines().findFirst().orElse("")));
    }

    /** The dotted path of the mapping the parser stands in (its parent's, since it stands on the key). */
    private static String pathOf(JsonParser p) {
        StringBuilder sb = new StringBuilder();
        var ctx = p.getParsingContext();
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (var c = ctx == null ? null : ctx.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        parts.forEach(sb::append);
        return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
    }

    /**
     * Every field of {@code node} that is not in {@code known}, as a problem at {@code path.field}, with the
     * closest known name when one is near enough to be a typo.
     */
    static void unknownFields(JsonNode node, String path, Collection<String> known, String file,
                              List<ConfigProblem> problems) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String field = it.next().getKey();
            if (known.contains(field)) {
                continue;
            }
            String at = path.isEmpty() ? field : path + "." + field;
            String near = closest(field, known);
            problems.add(new ConfigProblem(file, at, near == null
                    ? Messages.get("config.unknownField", String.join(", ", known.stream().sorted().toList()))
                    : Messages.get("config.unknownFieldDidYouMean", near)));
        }
    }

    /** The known name within a typo's reach of {@code field} (edit distance up to a third of it), or null. */
    static String closest(String field, Collection<String> known) {
        String lower = field.toLowerCase(Locale.ROOT).replace('-', '_');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(lower, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The text's length as a person counts it: characters, not UTF-16 units. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}

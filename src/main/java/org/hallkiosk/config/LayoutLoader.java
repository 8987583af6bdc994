package org.hallkiosk.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.hallkiosk.i18n.Messages;

/**
 * Reads {@code layout.yaml}. Every problem is reported as {@code file: field: message}. A kiosk never starts
 * blank on a typo: {@link #loadOrFallback} uses the last layout that loaded well (a copy kept in the data
 * folder) or the one built into the jar, and says why.
 */
public final class LayoutLoader {

    public static final String LAYOUT_FILE = "layout.yaml";
    /** The copy of the last layout that loaded without problems, in the data folder. */
    public static final String LAST_GOOD_FILE = "layout.last-good.yaml";

    /** Bounds that keep the screens whole: a tile row holds four, the top bar one line, and so on. */
    static final int MAX_TILES = 16;
    static final int MAX_TILE_LABEL = 8;
    static final int MAX_HOT_SEARCHES = 10;
    static final int MAX_HOT_SEARCH = 12;
    static final int MAX_HOTLINES = 6;
    static final int MAX_HOTLINE_LABEL = 20;
    static final int MAX_NUMBER = 24;
    static final int MAX_TITLE = 40;
    static final int MAX_NOTICES = 20;
    static final int MAX_NOTICE = 60;
    static final int MAX_TARGET = 64;

    static final List<String> FIELDS = List.of("hotlines", "tiles", "hot_searches", "idle", "text_size", "theme",
            "attract");
    static final List<String> HOTLINE_FIELDS = List.of("label", "number");
    static final List<String> TILE_FIELDS = List.of("label", "icon", "color", "target");
    static final List<String> IDLE_FIELDS = List.of("timeout_seconds", "warning_seconds", "warning_tone");
    static final List<String> ATTRACT_FIELDS = List.of("title", "notices", "rotate_seconds");
    /**
     * A phone number as people dial it: digits, with dashes, spaces and brackets as written; X stands for a
     * digit of a sample number. At least three digits.
     */
    private static final Pattern PHONE =
            Pattern.compile("(?=(?:[^0-9Xx]*[0-9Xx]){3})[0-9Xx()（）\\- ]+");

    private LayoutLoader() {
    }

    /**
     * What the kiosk runs on, where it came from, and the problems of the layout it could not use. For a layout
     * from the feed, {@code group} and the {@code sequence} of the publication that carried it.
     */
    public record Loaded(Layout layout, Source source, List<ConfigProblem> problems, String group, Long sequence) {
        public Loaded {
            problems = List.copyOf(problems);
        }

        public Loaded(Layout layout, Source source, List<ConfigProblem> problems) {
            this(layout, source, problems, null, null);
        }

        /** Where the layout in force came from, in a line for staff (the panel, {@code status}). */
        public String describe() {
            String first = problems.isEmpty() ? "" : problems.get(0).toString();
            return switch (source) {
                case FEED -> Messages.get("layout.source.feed", group, Long.toString(sequence));
                case FEED_LAST_GOOD -> Messages.get("layout.source.feedLastGood", group, Long.toString(sequence),
                        first);
                case CONFIG -> problems.isEmpty() ? Messages.get("layout.source.config")
                        : Messages.get("layout.source.configAfterFeed", first);
                case LAST_GOOD -> Messages.get("layout.source.lastGood", first);
                case BUILT_IN -> Messages.get("layout.source.builtIn", first);
            };
        }

        /** The code the fleet report uses: feed, feed-last-good, config, last-good, built-in. */
        public String code() {
            return source.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Where a layout came from: the feed for the kiosk's group (or its last good one), or the config folder. */
    public enum Source { CONFIG, LAST_GOOD, BUILT_IN, FEED, FEED_LAST_GOOD }

    /**
     * The layout a kiosk runs on. With a {@code group} whose layout the held publication carries: that layout,
     * when it passes the checks of {@code check-config} (then kept as the group's last good one); else the
     * group's last good feed layout; else, as without a group, {@link #loadOrFallback}. The problems of a feed
     * layout that was not used stay in the result for staff. {@code keepCopies} false reads only (for
     * {@code status}). Disk I/O: not for the FX thread.
     */
    public static Loaded loadForKiosk(Path configDir, Path dataDir, String group, boolean keepCopies) {
        Optional<FeedLayouts.Held> held = group == null || dataDir == null ? Optional.empty()
                : FeedLayouts.held(dataDir, group);
        if (held.isEmpty()) {
            return keepCopies ? loadOrFallback(configDir, dataDir) : readOnly(configDir, dataDir);
        }
        String name = "feed:" + group + "/" + LAYOUT_FILE;
        List<ConfigProblem> problems;
        try {
            Layout layout = check(held.get().yaml(), name);
            if (keepCopies) {
                try {
                    FeedLayouts.keepLastGood(dataDir, held.get());
                } catch (IOException e) {
                    // Without the copy the layout still runs; only the fallback for a later bad one is lost.
                    Logger.getLogger(LayoutLoader.class.getName())
                            .log(Level.WARNING, "last good feed layout not kept", e);
                }
            }
            return new Loaded(layout, Source.FEED, List.of(), group, held.get().sequence());
        } catch (ConfigException e) {
            problems = e.problems();
        }
        Optional<FeedLayouts.Held> lastGood = FeedLayouts.lastGood(dataDir, group);
        if (lastGood.isPresent()) {
            try {
                return new Loaded(check(lastGood.get().yaml(), name), Source.FEED_LAST_GOOD, problems, group,
                        lastGood.get().sequence());
            } catch (ConfigException damaged) {
                // A damaged copy is no better than none: the config folder's layout follows.
            }
        }
        Loaded local = keepCopies ? loadOrFallback(configDir, dataDir) : readOnly(configDir, dataDir);
        List<ConfigProblem> all = new ArrayList<>(problems);
        all.addAll(local.problems());
        return new Loaded(local.layout(), local.source(), all, null, null);
    }

    /** As {@link #loadOrFallback} without writing the last good copy. */
    private static Loaded readOnly(Path configDir, Path dataDir) {
        try {
            return new Loaded(load(configDir), Source.CONFIG, List.of());
        } catch (ConfigException e) {
            Path lastGood = dataDir == null ? null : dataDir.resolve(LAST_GOOD_FILE);
            if (lastGood != null && Files.isRegularFile(lastGood)) {
                try {
                    return new Loaded(parse(ConfigYaml.readBounded(lastGood, LAST_GOOD_FILE), LAST_GOOD_FILE),
                            Source.LAST_GOOD, e.problems());
                } catch (IOException | ConfigException | ConfigYaml.Unreadable ignored) {
                    // as loadOrFallback: the built-in layout follows
                }
            }
            return new Loaded(builtIn(), Source.BUILT_IN, e.problems());
        }
    }

    /**
     * The layout built into the program: the sample's tiles and hot searches, but only real, national
     * hotlines; the sample kiosk-config/layout.yaml (also in the jar) carries an example number marked （示例号码）.
     */
    public static final String BUILT_IN_LAYOUT = "/org/hallkiosk/config/built-in-layout.yaml";

    /** Reads {@code dir/layout.yaml}; {@code dir} null reads the layout built into the program. */
    public static Layout load(Path dir) throws ConfigException {
        byte[] bytes;
        try {
            bytes = read(dir);
        } catch (ConfigYaml.Unreadable e) {
            throw new ConfigException(List.of(e.problem()));
        } catch (IOException e) {
            throw new ConfigException(List.of(new ConfigProblem(LAYOUT_FILE, "-",
                    Messages.get("config.badYaml", String.valueOf(e.getMessage())))));
        }
        if (bytes == null) {
            throw new ConfigException(List.of(new ConfigProblem(LAYOUT_FILE, "-", Messages.get("config.noFile"))));
        }
        return parse(bytes, LAYOUT_FILE);
    }

    /**
     * The layout to run on: {@code configDir}'s when it is valid (and then kept as the last good copy in
     * {@code dataDir}), else the last good copy, else the built-in one. Does disk I/O; not for the FX thread.
     */
    public static Loaded loadOrFallback(Path configDir, Path dataDir) {
        List<ConfigProblem> problems;
        try {
            Layout layout = load(configDir);
            keepLastGood(configDir, dataDir);
            return new Loaded(layout, Source.CONFIG, List.of());
        } catch (ConfigException e) {
            problems = e.problems();
        }
        Path lastGood = dataDir == null ? null : dataDir.resolve(LAST_GOOD_FILE);
        if (lastGood != null && Files.isRegularFile(lastGood)) {
            try {
                return new Loaded(parse(ConfigYaml.readBounded(lastGood, LAST_GOOD_FILE), LAST_GOOD_FILE),
                        Source.LAST_GOOD, problems);
            } catch (IOException | ConfigException | ConfigYaml.Unreadable ignored) {
                // A damaged copy is no better than none: fall through to the built-in layout.
            }
        }
        return new Loaded(builtIn(), Source.BUILT_IN, problems);
    }

    /** The layout built into the jar; it is tested, so it always loads. */
    public static Layout builtIn() {
        try {
            return load(null);
        } catch (ConfigException e) {
            throw new IllegalStateException("the built-in layout does not load: " + e.getMessage(), e);
        }
    }

    private static void keepLastGood(Path configDir, Path dataDir) {
        if (configDir == null || dataDir == null) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Path tmp = dataDir.resolve(LAST_GOOD_FILE + ".tmp");
            Files.copy(configDir.resolve(LAYOUT_FILE), tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, dataDir.resolve(LAST_GOOD_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
            // Without a copy the kiosk still runs; only the fallback for a later typo is lost.
        }
    }

    private static byte[] read(Path dir) throws IOException, ConfigYaml.Unreadable {
        if (dir == null) {
            try (InputStream in = LayoutLoader.class.getResourceAsStream(BUILT_IN_LAYOUT)) {
                return in == null ? null : in.readAllBytes();
            }
        }
        Path p = dir.resolve(LAYOUT_FILE);
        return Files.isRegularFile(p) ? ConfigYaml.readBounded(p, LAYOUT_FILE) : null;
    }

    /**
     * Checks layout bytes from elsewhere (a layout carried in the feed, one given to {@code publish --layout})
     * with exactly the checks of {@code check-config}, naming {@code file} in each problem.
     */
    public static Layout check(byte[] yaml, String file) throws ConfigException {
        if (yaml.length > ConfigYaml.MAX_FILE_BYTES) {
            throw new ConfigException(List.of(new ConfigProblem(file, "-", Messages.get("config.fileTooLarge",
                    Integer.toString(yaml.length / 1024), Integer.toString(ConfigYaml.MAX_FILE_BYTES / 1024)))));
        }
        return parse(yaml, file);
    }

    static Layout parse(byte[] yaml, String file) throws ConfigException {
        return new Parser(file).parse(yaml);
    }

    /** One pass over the YAML tree that collects every problem before giving up. */
    private static final class Parser {
        private final String file;
        private final List<ConfigProblem> problems = new ArrayList<>();

        Parser(String file) {
            this.file = file;
        }

        Layout parse(byte[] yaml) throws ConfigException {
            JsonNode root;
            try {
                root = ConfigYaml.parse(yaml, file);
            } catch (ConfigYaml.Unreadable e) {
                problems.add(e.problem());
                throw new ConfigException(problems);
            }
            ConfigYaml.unknownFields(root, "", FIELDS, file, problems);
            List<Layout.Hotline> hotlines = new ArrayList<>();
            for (var e : bounded(list(root, "hotlines"), "hotlines", MAX_HOTLINES)) {
                ConfigYaml.unknownFields(e.node, e.path, HOTLINE_FIELDS, file, problems);
                hotlines.add(new Layout.Hotline(bounded(text(e.node, e.path + ".label", "label", true),
                        e.path + ".label", MAX_HOTLINE_LABEL), number(e.node, e.path + ".number")));
            }
            List<Layout.Tile> tiles = new ArrayList<>();
            for (var e : bounded(list(root, "tiles"), "tiles", MAX_TILES)) {
                tiles.add(tile(e.node, e.path));
            }
            if (root.has("tiles") && tiles.isEmpty() && problems.isEmpty()) {
                problem("tiles", Messages.get("layout.noTiles"));
            }
            if (!root.has("tiles")) {
                problem("tiles", Messages.get("config.missing"));
            }
            List<String> hot = new ArrayList<>();
            for (var e : bounded(list(root, "hot_searches"), "hot_searches", MAX_HOT_SEARCHES)) {
                if (!e.node.isValueNode() || e.node.asText().isBlank()) {
                    problem(e.path, Messages.get("config.notText"));
                } else {
                    hot.add(bounded(e.node.asText().strip(), e.path, MAX_HOT_SEARCH));
                }
            }
            JsonNode idle = object(root, "idle");
            ConfigYaml.unknownFields(idle, "idle", IDLE_FIELDS, file, problems);
            long timeout = number(idle, "idle.timeout_seconds", "timeout_seconds", 120, 15, 3600);
            long warning = number(idle, "idle.warning_seconds", "warning_seconds", 20, 5, 120);
            if (warning >= timeout) {
                problem("idle.warning_seconds", Messages.get("layout.warningTooLong"));
            }
            // a short chime with the warning where the kiosk has a sound device; on unless switched off
            JsonNode toneNode = idle == null ? null : idle.get("warning_tone");
            boolean tone = true;
            if (toneNode != null && !toneNode.isNull()) {
                if (toneNode.isBoolean()) {
                    tone = toneNode.booleanValue();
                } else {
                    problem("idle.warning_tone", Messages.get("layout.notBoolean"));
                }
            }
            Layout.TextSize size = Layout.TextSize.fromCode(text(root, "text_size", "text_size", false, "standard"))
                    .orElseGet(() -> {
                        problem("text_size", Messages.get("layout.badTextSize"));
                        return Layout.TextSize.STANDARD;
                    });
            Layout.Contrast contrast = Layout.Contrast.fromCode(text(root, "theme", "theme", false, "standard"))
                    .orElseGet(() -> {
                        problem("theme", Messages.get("layout.badTheme"));
                        return Layout.Contrast.STANDARD;
                    });
            JsonNode attract = object(root, "attract");
            ConfigYaml.unknownFields(attract, "attract", ATTRACT_FIELDS, file, problems);
            String title = bounded(text(attract, "attract.title", "title", false, null), "attract.title", MAX_TITLE);
            List<String> notices = new ArrayList<>();
            for (var e : bounded(list(attract, "attract.notices", "notices"), "attract.notices", MAX_NOTICES)) {
                if (!e.node.isValueNode() || e.node.asText().isBlank()) {
                    problem(e.path, Messages.get("config.notText"));
                } else {
                    notices.add(bounded(e.node.asText().strip(), e.path, MAX_NOTICE));
                }
            }
            long rotate = number(attract, "attract.rotate_seconds", "rotate_seconds", 8, 3, 600);
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            return new Layout(hotlines, tiles, hot, Duration.ofSeconds(timeout), Duration.ofSeconds(warning), size,
                    contrast, new Layout.Attract(title, notices, Duration.ofSeconds(rotate)), tone);
        }

        /** A hotline's number: text as people dial it. YAML reads 053166612345 unquoted as octal, so refuse numbers. */
        private String number(JsonNode node, String path) {
            JsonNode v = node.get("number");
            if (v != null && v.isNumber()) {
                problem(path, Messages.get("layout.numberNotQuoted", v.asText()));
                return "";
            }
            String number = text(node, path, "number", true);
            if (!number.isEmpty() && !PHONE.matcher(number).matches()) {
                problem(path, Messages.get("layout.badNumber"));
            }
            return bounded(number, path, MAX_NUMBER);
        }

        private String bounded(String text, String path, int max) {
            if (text != null && ConfigYaml.length(text) > max) {
                problem(path, Messages.get("config.tooLong", Integer.toString(max), Integer.toString(ConfigYaml.length(text))));
            }
            return text;
        }

        private List<Entry> bounded(List<Entry> entries, String path, int max) {
            if (entries.size() > max) {
                problem(path, Messages.get("config.tooMany", Integer.toString(max), Integer.toString(entries.size())));
            }
            return entries;
        }

        private Layout.Tile tile(JsonNode node, String path) {
            ConfigYaml.unknownFields(node, path, TILE_FIELDS, file, problems);
            String label = bounded(text(node, path + ".label", "label", true), path + ".label", MAX_TILE_LABEL);
            String icon = text(node, path + ".icon", "icon", false, "topic");
            if (!Layout.ICONS.contains(icon)) {
                problem(path + ".icon", Messages.get("layout.badIcon", String.join(", ", sorted(Layout.ICONS))));
            }
            String color = text(node, path + ".color", "color", false, "blue");
            if (!Layout.COLORS.contains(color)) {
                problem(path + ".color", Messages.get("layout.badColor", String.join(", ", sorted(Layout.COLORS))));
            }
            JsonNode target = node.get("target");
            Layout.Target t = null;
            if (target == null || !target.isObject() || target.size() != 1) {
                problem(path + ".target", Messages.get("layout.badTarget"));
            } else {
                String kind = target.fieldNames().next();
                String value = bounded(text(target, path + ".target." + kind, kind, true), path + ".target." + kind,
                        MAX_TARGET);
                switch (kind) {
                    case "column" -> t = new Layout.Target(Layout.Target.Kind.COLUMN, value);
                    case "item" -> t = new Layout.Target(Layout.Target.Kind.ITEM, value);
                    case "search" -> t = new Layout.Target(Layout.Target.Kind.SEARCH, value);
                    default -> problem(path + ".target", Messages.get("layout.badTarget"));
                }
            }
            return new Layout.Tile(label, icon, color, t);
        }

        private static List<String> sorted(Set<String> names) {
            return names.stream().sorted().toList();
        }

        private record Entry(String path, JsonNode node) {
        }

        private List<Entry> list(JsonNode node, String field) {
            return list(node, field, field);
        }

        private List<Entry> list(JsonNode node, String path, String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                problem(path, Messages.get("layout.notList"));
                return List.of();
            }
            List<Entry> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                out.add(new Entry(path + "[" + i + "]", v.get(i)));
            }
            return out;
        }

        private JsonNode object(JsonNode node, String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return MissingNode.getInstance();
            }
            if (!v.isObject()) {
                problem(field, Messages.get("config.notMap"));
                return MissingNode.getInstance();
            }
            return v;
        }

        private String text(JsonNode node, String path, String field, boolean required) {
            return text(node, path, field, required, "");
        }

        private String text(JsonNode node, String path, String field, boolean required, String fallback) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(path, Messages.get("config.missing"));
                }
                return fallback;
            }
            if (!v.isValueNode() || v.asText().isBlank()) {
                problem(path, Messages.get("config.notText"));
                return fallback;
            }
            return v.asText().strip();
        }

        private long number(JsonNode node, String path, String field, long fallback, long min, long max) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
                problem(path, Messages.get("config.notNumberBetween", Long.toString(min), Long.toString(max)));
                return fallback;
            }
            return v.asLong();
        }

        private void problem(String field, String message) {
            problems.add(new ConfigProblem(file, field, message));
        }
    }
}

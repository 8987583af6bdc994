package org.hallkiosk.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedJson;

/**
 * What one kiosk tells the fleet view, as the JSON file {@code <kiosk_id>.json} it PUTs (docs/readme/fleet.md).
 * Counts by day only: never a time of day, never a visit. Bounded: at most {@link #MAX_BYTES} bytes written,
 * and {@code fleet} refuses a larger file.
 *
 * @param sequence the feed sequence held, -1 when nothing is held
 * @param lastSync how the last sync attempt ended; null before the first
 * @param layout the layout in force and where it came from; null when the kiosk does not say
 * @param usage counts per day and kind (view, search, search_miss, print …), newest day first
 * @param unfound searches that found nothing, per day, newest day first
 */
public record KioskReport(String kioskId, String hallName, String appVersion, String reportedAt, long sequence,
                          String publisher, String generatedAt, boolean stale, LastSync lastSync,
                          String lastSuccessAt, long diskFreeBytes, long uptimeSeconds, Aids aids, Layout layout,
                          List<DayUsage> usage, List<Unfound> unfound) {

    public static final String FORMAT = "hall-kiosk-report";
    public static final int FORMAT_VERSION = 1;
    /** The largest report a kiosk writes and {@code fleet} reads: 30 days of counts fit in a tenth of it. */
    public static final int MAX_BYTES = 64 * 1024;
    /** Days of counts a report carries. */
    public static final int DAYS = 31;
    /** Unfound searches a report carries per day (the most frequent). */
    public static final int UNFOUND_PER_DAY = 30;
    /** A query longer than this is cut: what a visitor types is a few words, not a page. */
    public static final int MAX_QUERY = 40;
    static final int MAX_TEXT = 300;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern KIND = Pattern.compile("[a-z_]{1,32}");

    /** The last sync: its outcome code (applied, unchanged, failed, refused …), when it ended, why it failed. */
    public record LastSync(String outcome, String finishedAt, String reason) {
        public boolean failed() {
            return outcome.equals("failed") || outcome.equals("refused") || outcome.equals("interrupted");
        }
    }

    /** Which reading aids work on this kiosk now. */
    public record Aids(boolean speech, boolean handwriting, boolean printer) {
    }

    /** The layout in force: {@code local}, {@code feed} (with its group and the sequence it came with) … */
    public record Layout(String source, String group, Long sequence, String problem) {
    }

    /** One day's counts by kind. */
    public record DayUsage(String day, Map<String, Integer> counts) {
    }

    /** One unfound search on one day, and how many times. */
    public record Unfound(String day, String query, int count) {
    }

    /**
     * The report as UTF-8 JSON of at most {@link #MAX_BYTES}: when the counts would make it larger, the oldest
     * days of unfound searches go first, then the oldest days of counts.
     */
    public byte[] toJson() {
        List<DayUsage> u = new ArrayList<>(usage);
        List<Unfound> m = new ArrayList<>(unfound);
        while (true) {
            byte[] bytes = write(u, m);
            if (bytes.length <= MAX_BYTES) {
                return bytes;
            }
            if (!m.isEmpty()) {
                String oldest = m.get(m.size() - 1).day();
                m.removeIf(x -> x.day().equals(oldest));
            } else if (!u.isEmpty()) {
                u.remove(u.size() - 1);
            } else {
                throw new IllegalStateException("a report without counts over " + MAX_BYTES + " bytes");
            }
        }
    }

    private byte[] write(List<DayUsage> u, List<Unfound> m) {
        ObjectNode o = FeedJson.MAPPER.createObjectNode();
        o.put("format", FORMAT);
        o.put("format_version", FORMAT_VERSION);
        o.put("kiosk_id", kioskId);
        o.put("hall_name", cut(hallName, MAX_TEXT));
        o.put("app_version", cut(appVersion, 64));
        o.put("reported_at", reportedAt);
        ObjectNode feed = o.putObject("feed");
        feed.put("sequence", sequence);
        feed.put("publisher", cut(publisher, MAX_TEXT));
        feed.put("generated_at", generatedAt);
        feed.put("stale", stale);
        if (lastSync != null) {
            ObjectNode s = o.putObject("last_sync");
            s.put("outcome", lastSync.outcome());
            s.put("finished_at", lastSync.finishedAt());
            s.put("reason", cut(lastSync.reason(), MAX_TEXT));
        }
        o.put("last_success_at", lastSuccessAt);
        o.put("disk_free_bytes", diskFreeBytes);
        o.put("uptime_seconds", uptimeSeconds);
        ObjectNode a = o.putObject("aids");
        a.put("speech", aids.speech());
        a.put("handwriting", aids.handwriting());
        a.put("printer", aids.printer());
        if (layout != null) {
            ObjectNode l = o.putObject("layout");
            l.put("source", layout.source());
            l.put("group", layout.group());
            if (layout.sequence() != null) {
                l.put("sequence", layout.sequence());
            }
            l.put("problem", cut(layout.problem(), MAX_TEXT));
        }
        ArrayNode days = o.putArray("usage");
        for (DayUsage d : u) {
            ObjectNode day = days.addObject();
            day.put("day", d.day());
            ObjectNode counts = day.putObject("counts");
            d.counts().forEach(counts::put);
        }
        ArrayNode misses = o.putArray("unfound_searches");
        for (Unfound x : m) {
            misses.addObject().put("day", x.day()).put("query", cut(x.query(), MAX_QUERY)).put("count", x.count());
        }
        try {
            return FeedJson.MAPPER.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of text and numbers always writes", e);
        }
    }

    static String cut(String s, int max) {
        if (s == null || s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max));
    }

    /**
     * Reads a report file, refusing, with {@code name} in the message, one that is too large, not strict JSON,
     * not a report, of a later format, or whose kiosk_id is not the file's name.
     */
    public static KioskReport parse(byte[] bytes, String name) throws FleetException {
        if (bytes.length > MAX_BYTES) {
            throw new FleetException("fleet.tooLarge", name, Integer.toString(bytes.length / 1024),
                    Integer.toString(MAX_BYTES / 1024));
        }
        JsonNode o;
        try {
            o = FeedJson.parseObject(bytes, name);
        } catch (FeedException e) {
            throw new FleetException(e, "fleet.badReport", name, e.getMessage());
        }
        if (!FORMAT.equals(o.path("format").asText())) {
            throw new FleetException("fleet.notReport", name);
        }
        if (!o.path("format_version").isIntegralNumber() || o.path("format_version").asLong() > FORMAT_VERSION) {
            throw new FleetException("fleet.laterFormat", name);
        }
        Fields f = new Fields(o, name);
        String id = f.text(o, "kiosk_id", true);
        if (!ConfigLoader.NAME.matcher(id).matches()
                || !name.substring(name.lastIndexOf('/') + 1).equals(id + ".json")) {
            throw new FleetException("fleet.idNotName", name, id);
        }
        String reportedAt = f.time(o, "reported_at", true);
        JsonNode feed = f.object(o, "feed", true);
        JsonNode sync = f.object(o, "last_sync", false);
        JsonNode aids = f.object(o, "aids", true);
        JsonNode layout = f.object(o, "layout", false);
        List<DayUsage> usage = new ArrayList<>();
        for (JsonNode d : f.array(o, "usage")) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            JsonNode c = f.object(d, "counts", true);
            var it = c.fields();
            while (it.hasNext()) {
                var e = it.next();
                if (!KIND.matcher(e.getKey()).matches() || !e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                    throw new FleetException("fleet.badField", name, "usage.counts." + e.getKey());
                }
                counts.put(e.getKey(), e.getValue().asInt());
            }
            usage.add(new DayUsage(f.day(d, "usage.day"), counts));
        }
        List<Unfound> unfound = new ArrayList<>();
        for (JsonNode x : f.array(o, "unfound_searches")) {
            unfound.add(new Unfound(f.day(x, "unfound_searches.day"), cut(f.text(x, "query", true), MAX_QUERY),
                    f.count(x, "count")));
        }
        return new KioskReport(id, f.text(o, "hall_name", false), f.text(o, "app_version", false), reportedAt,
                f.number(feed, "sequence"), f.text(feed, "publisher", false), f.text(feed, "generated_at", false),
                f.bool(feed, "stale"),
                sync == null ? null : new LastSync(f.text(sync, "outcome", true), f.text(sync, "finished_at", false),
                        f.text(sync, "reason", false)),
                f.text(o, "last_success_at", false), f.number(o, "disk_free_bytes"), f.number(o, "uptime_seconds"),
                new Aids(f.bool(aids, "speech"), f.bool(aids, "handwriting"), f.bool(aids, "printer")),
                layout == null ? null : new Layout(f.text(layout, "source", true), f.text(layout, "group", false),
                        layout.path("sequence").isIntegralNumber() ? layout.path("sequence").asLong() : null,
                        f.text(layout, "problem", false)),
                usage, unfound);
    }

    /** Field reading that refuses with the file and the field named. */
    private record Fields(JsonNode root, String name) {

        String text(JsonNode node, String field, boolean required) throws FleetException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    throw new FleetException("fleet.badField", name, field);
                }
                return null;
            }
            if (!v.isTextual()) {
                throw new FleetException("fleet.badField", name, field);
            }
            return cut(v.asText(), MAX_TEXT);
        }

        String time(JsonNode node, String field, boolean required) throws FleetException {
            String t = text(node, field, required);
            try {
                return t == null ? null : OffsetDateTime.parse(t).toString();
            } catch (DateTimeParseException e) {
                throw new FleetException("fleet.badField", name, field);
            }
        }

        String day(JsonNode node, String field) throws FleetException {
            JsonNode v = node.get("day");
            if (v == null || !v.isTextual() || !DAY.matcher(v.asText()).matches()) {
                throw new FleetException("fleet.badField", name, field);
            }
            return v.asText();
        }

        JsonNode object(JsonNode node, String field, boolean required) throws FleetException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    throw new FleetException("fleet.badField", name, field);
                }
                return null;
            }
            if (!v.isObject()) {
                throw new FleetException("fleet.badField", name, field);
            }
            return v;
        }

        JsonNode array(JsonNode node, String field) throws FleetException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return FeedJson.MAPPER.createArrayNode();
            }
            if (!v.isArray()) {
                throw new FleetException("fleet.badField", name, field);
            }
            return v;
        }

        long number(JsonNode node, String field) throws FleetException {
            JsonNode v = node.get(field);
            if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
                throw new FleetException("fleet.badField", name, field);
            }
            return v.asLong();
        }

        int count(JsonNode node, String field) throws FleetException {
            JsonNode v = node.get(field);
            if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
                throw new FleetException("fleet.badField", name, field);
            }
            return v.asInt();
        }

        boolean bool(JsonNode node, String field) throws FleetException {
            JsonNode v = node.get(field);
            if (v == null || !v.isBoolean()) {
                throw new FleetException("fleet.badField", name, field);
            }
            return v.asBoolean();
        }
    }
}

package org.hallkiosk.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.i18n.Messages;

/**
 * {@code publish --review}: before anyone signs, one HTML page for the reviewers (三审三校) listing what is
 * new, changed and withdrawn since the publication already in the output folder, each item with its 要素
 * check (内容概述, 链接, a policy's 解读 — 三同步) and its main fields and body as the kiosk shows them.
 */
public final class Review {

    public enum Change { NEW, CHANGED, WITHDRAWN }

    /** One line of the review. */
    public record Entry(Change change, String id, String type, String title, List<String> findings) {
    }

    private static final Parser PARSER = Parser.builder().build();
    // Raw HTML in a body is shown as text on the kiosk; the review does the same.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Review() {
    }

    /** What would change if {@code source} were published into {@code out}; the content is checked as publish does. */
    public static List<Entry> entries(Path source, Path out)
            throws IOException, FeedException, FeedWriter.InvalidContent {
        FeedWriter.Checked content = FeedWriter.check(source);
        Map<String, String> previous = previousHashes(out);
        Set<String> interpreted = new HashSet<>();
        for (ObjectNode item : content.items().values()) {
            if (item.path("type").asText().equals("interpretation")) {
                interpreted.add(item.path("interprets").asText());
            }
        }
        List<Entry> out2 = new ArrayList<>();
        for (var e : content.items().entrySet()) {
            String hash = Hashes.sha256(FeedJson.MAPPER.writeValueAsBytes(e.getValue()));
            String before = previous.get(e.getKey());
            if (hash.equals(before)) {
                continue;
            }
            ObjectNode item = e.getValue();
            out2.add(new Entry(before == null ? Change.NEW : Change.CHANGED, e.getKey(), item.path("type").asText(),
                    item.path("title").asText(), findings(item, interpreted)));
        }
        for (String id : previous.keySet()) {
            if (!content.items().containsKey(id)) {
                String title = "";
                Path old = out.resolve(FeedNames.ITEMS_DIR).resolve(id + ".json");
                if (Files.isRegularFile(old)) {
                    title = FeedJson.MAPPER.readTree(old.toFile()).path("title").asText();
                }
                out2.add(new Entry(Change.WITHDRAWN, id, "", title, List.of()));
            }
        }
        return out2;
    }

    /** The 要素 an item lacks, in Chinese, for the reviewer. */
    static List<String> findings(JsonNode item, Set<String> interpreted) {
        List<String> f = new ArrayList<>();
        if (item.path("summary").asText("").isBlank()) {
            f.add(Messages.get("review.noSummary"));
        }
        if (item.path("url").asText("").isBlank()) {
            f.add(Messages.get("review.noUrl"));
        }
        String type = item.path("type").asText();
        if (type.equals("policy")) {
            if (!interpreted.contains(item.path("id").asText())) {
                f.add(Messages.get("review.noInterpretation"));
            }
            if (item.path("doc_no").asText("").isBlank()) {
                f.add(Messages.get("review.noDocNo"));
            }
            if (!item.path("attachments").elements().hasNext()) {
                f.add(Messages.get("review.noOriginal"));
            }
        }
        if (type.equals("guide")) {
            JsonNode limit = item.path("time_limit");
            if (limit.has("statutory_days") && limit.has("promised_days")
                    && limit.path("promised_days").asInt() > limit.path("statutory_days").asInt()) {
                f.add(Messages.get("review.promisedOverStatutory"));
            }
            if (!item.path("materials").elements().hasNext()) {
                f.add(Messages.get("review.noMaterials"));
            }
        }
        return f;
    }

    /** Where a review goes: the page and the folder its pictures sit in, beside it. */
    public record Target(Path html, Path pictures) {
        /**
         * {@code OUT.html} (or .htm): the page, with its pictures in {@code OUT_files/} beside it; anything else
         * is a folder that gets {@code index.html} and {@code pictures/}.
         */
        public static Target of(Path path) {
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!Files.isDirectory(path) && (lower.endsWith(".html") || lower.endsWith(".htm"))) {
                String stem = name.substring(0, name.lastIndexOf('.'));
                return new Target(path, path.resolveSibling(stem + "_files"));
            }
            return new Target(path.resolve("index.html"), path.resolve("pictures"));
        }
    }

    /** What the review wrote: its entries, its page and the pictures drawn. */
    public record Written(List<Entry> entries, Path html, Map<String, Path> pictures) {
    }

    /** Writes the review page without pictures; returns what it lists. */
    public static List<Entry> write(Path source, Path out, Path html)
            throws IOException, FeedException, FeedWriter.InvalidContent {
        return write(source, out, Target.of(html), ItemPictures.NONE, null).entries();
    }

    /**
     * Writes the review page and a picture of each new and changed item, drawn by {@code pictures} from the
     * content published to a scratch folder with a key made for it and thrown away (nothing the bureau signs).
     *
     * @param pictureCaption what the page says under each picture (the screen size and look), or null
     */
    public static Written write(Path source, Path out, Target target, ItemPictures pictures, String pictureCaption)
            throws IOException, FeedException, FeedWriter.InvalidContent {
        List<Entry> entries = entries(source, out);
        FeedWriter.Checked content = FeedWriter.check(source);
        Map<String, Path> drawn = drawPictures(source, entries, target.pictures(), pictures);
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(Messages.get("review.title"))).append("</title><style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:auto;line-height:1.6}")
                .append("section{border:1px solid #ccc;border-radius:6px;padding:0 1em;margin:1em 0}")
                .append(".new{border-left:6px solid #2a7}.changed{border-left:6px solid #e90}")
                .append(".withdrawn{border-left:6px solid #c33}.finding{color:#b00}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 8px;text-align:left}")
                .append("figure{margin:1em 0}figure img{max-width:100%;border:1px solid #999}")
                .append("figcaption{color:#555;font-size:90%}")
                .append("</style></head><body>\n<h1>").append(esc(Messages.get("review.title"))).append("</h1>\n<p>")
                .append(esc(Messages.get("review.summary", count(entries, Change.NEW), count(entries, Change.CHANGED),
                        count(entries, Change.WITHDRAWN), out.toString())))
                .append("</p>\n<p>").append(esc(Messages.get("review.sign"))).append("</p>\n");
        for (Entry e : entries) {
            String kind = e.change().name().toLowerCase(Locale.ROOT);
            page.append("<section class=\"").append(kind).append("\" id=\"").append(esc(e.id())).append("\">\n<h2>[")
                    .append(esc(Messages.get("review.change." + kind))).append("] ").append(esc(e.title()))
                    .append(" <small>").append(esc(e.id())).append("</small></h2>\n");
            if (!e.findings().isEmpty()) {
                page.append("<ul>");
                e.findings().forEach(f -> page.append("<li class=\"finding\">").append(esc(f)).append("</li>"));
                page.append("</ul>\n");
            }
            Path picture = drawn.get(e.id());
            if (picture != null) {
                page.append("<figure><img src=\"").append(esc(relative(target.html(), picture)))
                        .append("\" alt=\"").append(esc(e.title())).append("\" loading=\"lazy\">");
                if (pictureCaption != null) {
                    page.append("<figcaption>").append(esc(pictureCaption)).append("</figcaption>");
                }
                page.append("</figure>\n");
            }
            ObjectNode item = content.items().get(e.id());
            if (item != null) {
                page.append(fields(item));
                if (item.hasNonNull("body")) {
                    page.append("<div class=\"body\">").append(RENDERER.render(PARSER.parse(item.get("body").asText())))
                            .append("</div>\n");
                }
            }
            page.append("</section>\n");
        }
        page.append("</body></html>\n");
        Files.createDirectories(target.html().toAbsolutePath().getParent());
        Files.writeString(target.html(), page, StandardCharsets.UTF_8);
        return new Written(entries, target.html(), drawn);
    }

    /**
     * The pictures of the new and changed items, in a folder of their own that holds nothing else (pictures
     * of an earlier review are removed, so the folder never shows an item this review does not list).
     */
    private static Map<String, Path> drawPictures(Path source, List<Entry> entries, Path dir, ItemPictures pictures)
            throws IOException, FeedException, FeedWriter.InvalidContent {
        List<String> ids = entries.stream().filter(e -> e.change() != Change.WITHDRAWN).map(Entry::id).toList();
        if (pictures == ItemPictures.NONE || ids.isEmpty()) {
            return Map.of();
        }
        if (Files.isDirectory(dir)) {
            try (var old = Files.list(dir)) {
                for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".png")).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        Path scratch = Files.createTempDirectory("hall-kiosk-review-feed");
        try {
            KeyPair once = Ed25519Keys.generate();
            FeedWriter.publish(source, scratch, once.getPrivate(), 1L);
            return pictures.draw(scratch, once.getPublic(), ids, dir);
        } finally {
            deleteTree(scratch);
        }
    }

    /** {@code file} as a link from the page: relative, each part percent-encoded (a folder may be named in Chinese). */
    static String relative(Path html, Path file) {
        Path rel = html.toAbsolutePath().normalize().getParent().relativize(file.toAbsolutePath().normalize());
        StringBuilder link = new StringBuilder();
        for (Path part : rel) {
            if (link.length() > 0) {
                link.append('/');
            }
            link.append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return link.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The 公开要素 as the kiosk's reader shows them above the text. */
    private static String fields(JsonNode item) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("索引号", item.path("index_no").asText(""));
        rows.put("文号", item.path("doc_no").asText(""));
        rows.put("发布机构", item.path("issuer").asText(""));
        rows.put("成文日期", item.path("written_at").asText(""));
        rows.put("发布日期", item.path("published_at").asText("").replaceFirst("T.*", ""));
        rows.put("有效性", validity(item.path("validity").asText("")));
        rows.put("组配分类", item.path("classification").asText(""));
        rows.put("主题分类", item.path("topic").asText(""));
        rows.put("内容概述", item.path("summary").asText(""));
        rows.put("解读对象", item.path("interprets").asText(""));
        rows.put("服务对象", item.path("service_object").asText(""));
        rows.put("链接", item.path("url").asText(""));
        StringBuilder t = new StringBuilder("<table>");
        rows.forEach((k, v) -> {
            if (!v.isBlank()) {
                t.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
            }
        });
        for (JsonNode a : item.path("attachments")) {
            t.append("<tr><th>附件</th><td>").append(esc(a.path("name").asText())).append("</td></tr>");
        }
        return t.append("</table>\n").toString();
    }

    private static String validity(String code) {
        return switch (code) {
            case "effective" -> "有效";
            case "amended" -> "已修订";
            case "expired" -> "失效";
            case "repealed" -> "废止";
            default -> code;
        };
    }

    private static long count(List<Entry> entries, Change change) {
        return entries.stream().filter(e -> e.change() == change).count();
    }

    private static Map<String, String> previousHashes(Path out) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        Path manifest = out.resolve(FeedNames.MANIFEST);
        if (Files.isRegularFile(manifest)) {
            for (JsonNode i : FeedJson.MAPPER.readTree(manifest.toFile()).path("items")) {
                hashes.put(i.path("id").asText(), i.path("sha256").asText());
            }
        }
        return hashes;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.hallkiosk.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallkiosk.feed.FeedJson;

/**
 * A page of a government disclosure platform (政府信息公开平台), as text or as the saved HTML: the header
 * (索引号, 组配分类, 成文日期, 发布日期, 发布机构, 标题 …), the title, the 文号 line, the text, and under 文件下载 the
 * attachments' names. It becomes one policy (政策文件).
 */
final class PlatformPage {

    static final List<String> LABELS = List.of("索引号", "组配分类", "主题分类", "成文日期", "发布日期", "发布机构",
            "发文机关", "标题", "文号", "发文字号", "有效性", "关键词", "主题词");
    private static final Pattern LABEL = Pattern.compile("(" + String.join("|", LABELS) + ")\\s*[:：]\\s*");
    private static final Pattern DOC_NO = Pattern.compile("^\\S{1,30}[〔\\[［(（]\\d{4}[〕\\]］)）]\\s*\\d{1,5}\\s*号$");
    private static final Pattern DOWNLOADS = Pattern.compile("^(?:文件下载|附件下载|相关附件)\\s*[:：]?\\s*(.*)$");
    private static final Pattern AFTER_DOWNLOADS = Pattern.compile("^(?:电子书阅读|有声阅读|扫一扫|打印本页|关闭窗口|【).*");
    private static final Pattern ATTACHMENT = Pattern.compile(
            ".+\\.(?:doc|docx|pdf|wps|ofd|xls|xlsx|et|zip|rar|jpg|jpeg|png)$", Pattern.CASE_INSENSITIVE);

    private PlatformPage() {
    }

    static Draft read(Path file, String column, Problems problems) throws IOException {
        List<String> lines = lines(file);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> fieldRows = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size() && !LABEL.matcher(lines.get(i)).find()) {
            i++;
        }
        int headerStart = i;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LABEL.matcher(line);
            if (!m.find() || !line.substring(0, m.start()).replaceAll("^[-•*\\s]+", "").isEmpty()) {
                break;
            }
            List<int[]> spans = new ArrayList<>();
            do {
                spans.add(new int[] {m.start(1), m.end(1), m.end()});
            } while (m.find());
            for (int s = 0; s < spans.size(); s++) {
                int end = s + 1 < spans.size() ? spans.get(s + 1)[0] : line.length();
                String label = line.substring(spans.get(s)[0], spans.get(s)[1]);
                fields.putIfAbsent(label, ChineseText.clean(line.substring(spans.get(s)[2], end)));
                fieldRows.putIfAbsent(label, i + 1);
            }
        }
        int row = headerStart < lines.size() ? headerStart + 1 : 1;
        String title = ChineseText.fullWidthPunctuation(fields.getOrDefault("标题", ""));
        // The title repeated above the text, then the 文号 line.
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        if (title.isEmpty() && i < lines.size()) {
            title = ChineseText.fullWidthPunctuation(lines.get(i));
        }
        if (i < lines.size() && ChineseText.fullWidthPunctuation(lines.get(i)).equals(title)) {
            i++;
        }
        String docNo = first(fields, "文号", "发文字号");
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        if (i < lines.size() && DOC_NO.matcher(lines.get(i)).matches()) {
            if (docNo.isEmpty()) {
                docNo = lines.get(i);
            }
            i++;
        }
        BodyText body = new BodyText();
        if (!docNo.isEmpty()) {
            body.paragraph(docNo);
        }
        List<String> attachmentNames = new ArrayList<>();
        boolean inDownloads = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher downloads = DOWNLOADS.matcher(line);
            if (downloads.matches()) {
                inDownloads = true;
                line = downloads.group(1);
            } else if (inDownloads && AFTER_DOWNLOADS.matcher(line).matches()) {
                break;
            }
            if (inDownloads) {
                if (ATTACHMENT.matcher(line).matches()) {
                    attachmentNames.add(line);
                }
            } else {
                body.line(line);
            }
        }

        String indexNo = fields.getOrDefault("索引号", "");
        if (indexNo.isEmpty()) {
            problems.error(row, "索引号", "import.page.noIndexNo");
        }
        if (title.isEmpty()) {
            problems.error(row, "标题", "import.missing", "标题");
        }
        String issuer = first(fields, "发布机构", "发文机关");
        if (issuer.isEmpty()) {
            problems.error(row, "发布机构", "import.missing", "发布机构");
        }
        LocalDate written = date(fields, fieldRows, "成文日期", row, problems);
        LocalDate published = date(fields, fieldRows, "发布日期", row, problems);
        if (published == null && written != null && !fields.containsKey("发布日期")) {
            published = written;
        }
        if (problems.hasErrors()) {
            return null;
        }
        String id = ItemIds.fromIndexNo("zcwj", indexNo);
        if (id == null) {
            id = ItemIds.fromTitle("zcwj", title);
        }
        ObjectNode item = FeedJson.MAPPER.createObjectNode();
        item.put("id", id);
        item.put("type", "policy");
        item.put("title", title);
        item.putArray("columns").add(column == null ? "zcwj" : column);
        item.put("index_no", indexNo);
        if (!docNo.isEmpty()) {
            item.put("doc_no", ChineseText.fullWidthPunctuation(docNo));
        }
        item.put("issuer", issuer);
        item.put("written_at", written.toString());
        putIfPresent(item, "classification", fields.get("组配分类"));
        putIfPresent(item, "topic", fields.get("主题分类"));
        String validity = fields.getOrDefault("有效性", "");
        item.put("validity", validity.isEmpty() ? "effective" : Validities.code(validity));
        if (validity.length() > 0 && Validities.code(validity) == null) {
            problems.error(fieldRows.get("有效性"), "有效性", "import.badValidity", validity);
            return null;
        }
        item.put("body", body.markdown());
        item.put("published_at", Dates.start(published));
        item.put("updated_at", Dates.start(published));
        List<String> keywords = ChineseText.list(first(fields, "关键词", "主题词"));
        if (!keywords.isEmpty()) {
            var k = item.putArray("keywords");
            keywords.forEach(k::add);
        }
        Draft draft = new Draft(item, problems.file(), row);
        for (String name : attachmentNames) {
            Path beside = file.resolveSibling(name);
            if (Files.isRegularFile(beside)) {
                draft.attach(beside, "original");
            } else {
                problems.warn(row, "文件下载", "import.attachmentAbsent", name);
            }
        }
        return draft;
    }

    private static LocalDate date(Map<String, String> fields, Map<String, Integer> rows, String label, int row,
                                  Problems problems) {
        String text = fields.get(label);
        if (text == null || text.isEmpty()) {
            if (!label.equals("发布日期")) {
                problems.error(row, label, "import.missing", label);
            }
            return null;
        }
        LocalDate d = ChineseText.date(text);
        if (d == null) {
            problems.error(rows.getOrDefault(label, row), label, "import.badDate", text);
        }
        return d;
    }

    private static String first(Map<String, String> fields, String... labels) {
        for (String l : labels) {
            String v = fields.get(l);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static void putIfPresent(ObjectNode item, String field, String value) {
        if (value != null && !value.isBlank()) {
            item.put(field, ChineseText.fullWidthPunctuation(value));
        }
    }

    /** The page's lines, cleaned; a saved HTML page is reduced to its text first, in its own charset. */
    static List<String> lines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            text = HtmlText.toText(new String(bytes, HtmlText.charset(bytes)));
        } else {
            text = new String(bytes, textCharset(bytes));
        }
        if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
            text = text.substring(1);
        }
        List<String> out = new ArrayList<>();
        for (String l : text.split("\\r?\\n|\\r")) {
            out.add(ChineseText.clean(l));
        }
        return out;
    }

    /** UTF-8 unless the bytes are not valid UTF-8, then GB18030 (what Windows in China saves). */
    static Charset textCharset(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }
}

package org.hallkiosk.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hallkiosk.feed.FeedJson;

/**
 * A 主动公开目录 (catalogue) as a spreadsheet: one row an item, the header in Chinese; a guide's materials
 * and steps on the sheets 材料 and 流程 (for CSV, in {@code NAME.材料.csv} and {@code NAME.流程.csv} beside it).
 * docs/readme/publishing.md describes every column.
 */
final class Catalogue {

    static final List<String> COLUMNS = List.of("类型", "标题", "索引号", "文号", "发布机构", "成文日期", "发布日期",
            "有效性", "栏目", "关键词", "内容概述", "正文", "附件", "链接", "组配分类", "主题分类", "解读对象",
            "服务对象", "设定依据", "受理条件", "办理地点", "办理时间", "法定时限", "承诺时限", "收费标准",
            "咨询电话", "投诉电话", "在线办理", "编号", "更新日期", "相关条目", "常见问题", "图解");
    static final List<String> REQUIRED = List.of("类型", "标题", "发布日期");
    static final List<String> MATERIAL_COLUMNS = List.of("指南标题", "材料名称", "形式", "份数", "是否必需", "来源", "备注",
            "空白表格", "样表");
    static final List<String> STEP_COLUMNS = List.of("指南标题", "步骤", "说明");
    static final String MATERIALS_SHEET = "材料";
    static final String STEPS_SHEET = "流程";

    private static final Map<String, String[]> TYPES = Map.of(
            "政策文件", new String[] {"policy", "zcwj"}, "政策解读", new String[] {"interpretation", "zcjd"},
            "办事指南", new String[] {"guide", "bszn"}, "通知公告", new String[] {"notice", "tzgg"});
    private static final List<String> GUIDE_TEXT = List.of("服务对象", "受理条件", "办理地点", "办理时间", "收费标准",
            "咨询电话", "投诉电话");
    private static final Map<String, String> GUIDE_FIELDS = Map.of("服务对象", "service_object", "受理条件",
            "conditions", "办理地点", "location", "办理时间", "hours", "收费标准", "fee", "咨询电话", "consult_phone",
            "投诉电话", "complaint_phone");

    /** An id as the feed allows it (see docs/feed-format.md): lower-case letters, digits and hyphens. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Map<String, String> columns;
    private final Set<String> topLevelLeaves;
    private final Map<String, ObjectNode> existing;
    private final Problems problems;

    Catalogue(Map<String, String> columns, Set<String> topLevelLeaves, Map<String, ObjectNode> existing,
            Problems problems) {
        this.columns = columns;
        this.topLevelLeaves = topLevelLeaves;
        this.existing = existing;
        this.problems = problems;
    }

    List<Draft> read(Path file) throws IOException {
        Table main;
        Table materials = null;
        Table steps = null;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            main = CsvTable.read(file);
            String base = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
            Path m = file.resolveSibling(base + "." + MATERIALS_SHEET + ".csv");
            Path s = file.resolveSibling(base + "." + STEPS_SHEET + ".csv");
            materials = Files.isRegularFile(m) ? CsvTable.read(m) : null;
            steps = Files.isRegularFile(s) ? CsvTable.read(s) : null;
        } else {
            Map<String, Table> sheets;
            try {
                sheets = SheetTables.read(file);
            } catch (SheetTables.Unreadable e) {
                problems.error(0, "file", e.encrypted ? "import.encrypted" : "import.notSpreadsheet");
                return List.of();
            }
            main = sheets.values().stream().findFirst().orElse(null);
            materials = sheets.get(MATERIALS_SHEET);
            steps = sheets.get(STEPS_SHEET);
            if (main == null) {
                problems.error(0, "file", "import.notSpreadsheet");
                return List.of();
            }
        }
        // every sheet's header is checked, so one run names all of their problems
        boolean mainOk = checkHeader(main, COLUMNS, REQUIRED);
        boolean materialsOk = checkHeader(materials, MATERIAL_COLUMNS, List.of("指南标题", "材料名称"));
        boolean stepsOk = checkHeader(steps, STEP_COLUMNS, List.of("指南标题", "步骤"));
        if (!mainOk || !materialsOk || !stepsOk) {
            return List.of();
        }
        return rows(file, main, materials, steps);
    }

    private boolean checkHeader(Table table, List<String> known, List<String> required) {
        if (table == null) {
            return true;
        }
        boolean ok = true;
        String where = table.name().equals(problems.file()) ? "" : table.name() + "!";
        for (String h : table.header()) {
            if (!h.isEmpty() && !known.contains(h)) {
                problems.error(table.headerRow(), where + h, "import.unknownHeader", h, String.join("、", known));
                ok = false;
            }
        }
        for (String r : required) {
            if (!table.header().contains(r)) {
                problems.error(table.headerRow(), where + r, "import.missingHeader", r);
                ok = false;
            }
        }
        return ok;
    }

    private List<Draft> rows(Path file, Table main, Table materialSheet, Table stepSheet) throws IOException {
        // First the ids of every row, so an interpretation may name a policy in the same sheet.
        Map<String, String> policyIds = new HashMap<>();
        for (ObjectNode item : existing.values()) {
            if (item.path("type").asText().equals("policy")) {
                policyIds.put(item.path("index_no").asText(), item.path("id").asText());
                policyIds.put(item.path("title").asText(), item.path("id").asText());
            }
        }
        Map<Table.Row, String> ids = new LinkedHashMap<>();
        for (Table.Row row : main.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String[] type = TYPES.get(row.get("类型"));
            if (type == null) {
                problems.error(row.number(), "类型", "import.unknownType", row.get("类型"));
                continue;
            }
            String id = row.get("编号");
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                problems.error(row.number(), "编号", "import.badId", id);
            }
            if (id.isEmpty()) {
                id = row.get("索引号").isEmpty() ? null : ItemIds.fromIndexNo(type[1], row.get("索引号"));
            }
            ids.put(row, id != null && !id.isEmpty() ? id : ItemIds.fromTitle(type[1], row.get("标题")));
            if (type[0].equals("policy")) {
                policyIds.put(row.get("索引号"), ids.get(row));
                policyIds.put(ids.get(row), ids.get(row));
                policyIds.put(ChineseText.fullWidthPunctuation(row.get("标题")), ids.get(row));
            }
        }
        Map<String, ArrayNode> materials = byGuide(materialSheet, this::material);
        Map<String, ArrayNode> steps = byGuide(stepSheet, this::step);
        Map<String, String> itemIds = new HashMap<>();
        existing.values().forEach(i -> itemIds.put(i.path("title").asText(), i.path("id").asText()));
        existing.keySet().forEach(id -> itemIds.put(id, id));
        ids.forEach((row, id) -> {
            itemIds.put(ChineseText.fullWidthPunctuation(row.get("标题")), id);
            itemIds.put(id, id);
        });
        Set<String> guideTitles = new HashSet<>();
        List<Draft> drafts = new ArrayList<>();
        for (var e : ids.entrySet()) {
            Table.Row row = e.getKey();
            String[] type = TYPES.get(row.get("类型"));
            ObjectNode item = FeedJson.MAPPER.createObjectNode();
            String title = ChineseText.fullWidthPunctuation(row.get("标题"));
            if (title.isEmpty()) {
                problems.error(row.number(), "标题", "import.missing", "标题");
            }
            item.put("id", e.getValue());
            item.put("type", type[0]);
            item.put("title", title);
            ArrayNode cols = item.putArray("columns");
            List<String> named = ChineseText.list(row.get("栏目"));
            // A row may name a top-level column without sub-columns (工作动态) as its home instead of the type's own.
            String home = named.isEmpty() ? null : columns.get(named.get(0));
            cols.add(home != null && topLevelLeaves.contains(home) ? home : type[1]);
            for (String c : named) {
                String id = columns.get(c);
                if (id == null) {
                    problems.error(row.number(), "栏目", "import.unknownColumn", c);
                } else if (!containsText(cols, id)) {
                    cols.add(id);
                }
            }
            putText(item, "summary", row.get("内容概述"));
            LocalDate published = date(row, "发布日期", true);
            LocalDate updated = date(row, "更新日期", false);
            Draft draft = new Draft(item, problems.file(), row.number());
            String body = body(file, row);
            if (body != null) {
                item.put("body", body);
            }
            switch (type[0]) {
                case "policy" -> policy(item, row);
                case "interpretation" -> interpretation(file, draft, row, policyIds);
                case "guide" -> {
                    guide(file, draft, row, materials.get(title), steps.get(title));
                    guideTitles.add(title);
                }
                default -> { }
            }
            if (published != null) {
                item.put("published_at", Dates.at(published, ChineseText.time(row.get("发布日期"))));
                item.put("updated_at", updated != null ? Dates.at(updated, ChineseText.time(row.get("更新日期")))
                        : item.path("published_at").asText());
            }
            related(item, row, itemIds);
            putText(item, "url", row.get("链接"));
            List<String> keywords = ChineseText.list(row.get("关键词"));
            if (!keywords.isEmpty()) {
                ArrayNode k = item.putArray("keywords");
                keywords.forEach(k::add);
            }
            for (String name : ChineseText.list(row.get("附件"))) {
                attach(file, draft, row.number(), "附件", name, "original");
            }
            drafts.add(draft);
        }
        for (String guide : materials.keySet()) {
            if (!guideTitles.contains(guide)) {
                problems.error(materialSheet.headerRow(), MATERIALS_SHEET + "!指南标题", "import.noSuchGuide", guide);
            }
        }
        for (String guide : steps.keySet()) {
            if (!guideTitles.contains(guide)) {
                problems.error(stepSheet.headerRow(), STEPS_SHEET + "!指南标题", "import.noSuchGuide", guide);
            }
        }
        return problems.hasErrors() ? List.of() : drafts;
    }

    private String body(Path file, Table.Row row) throws IOException {
        String text = row.get("正文");
        if (text.isEmpty()) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx") || lower.endsWith(".txt") || lower.endsWith(".md")) {
            Path beside = file.resolveSibling(text);
            if (!Files.isRegularFile(beside)) {
                problems.error(row.number(), "正文", "import.attachmentMissing", text);
                return null;
            }
            if (lower.endsWith(".md")) {
                // CommonMark written for the kiosk is taken as it is.
                return Files.readString(beside, StandardCharsets.UTF_8);
            }
            if (lower.endsWith(".docx")) {
                WordFile.Read read = WordFile.body(beside, problems, row.number(), "正文");
                return read == null ? null : read.markdown();
            }
            BodyText body = new BodyText();
            PlatformPage.lines(beside).forEach(body::line);
            return body.markdown();
        }
        BodyText body = new BodyText();
        for (String line : row.cells().get("正文").split("\\r?\\n")) {
            body.line(line);
        }
        return body.markdown();
    }

    private void policy(ObjectNode item, Table.Row row) {
        require(item, row, "索引号", "index_no");
        putText(item, "doc_no", row.get("文号"));
        require(item, row, "发布机构", "issuer");
        LocalDate written = date(row, "成文日期", true);
        if (written != null) {
            item.put("written_at", written.toString());
        }
        putText(item, "classification", row.get("组配分类"));
        putText(item, "topic", row.get("主题分类"));
        String validity = row.get("有效性");
        String code = validity.isEmpty() ? "effective" : Validities.code(validity);
        if (code == null) {
            problems.error(row.number(), "有效性", "import.badValidity", validity);
        } else {
            item.put("validity", code);
        }
    }

    private void interpretation(Path file, Draft draft, Table.Row row, Map<String, String> policyIds) {
        ObjectNode item = draft.item();
        String graphic = row.get("图解");
        item.put("form", graphic.isEmpty() ? "text" : "graphic");
        if (!graphic.isEmpty()) {
            attach(file, draft, row.number(), "图解", graphic, "graphic");
        }
        String of = row.get("解读对象");
        if (of.isEmpty()) {
            problems.error(row.number(), "解读对象", "import.missing", "解读对象");
            return;
        }
        String id = policyIds.getOrDefault(of, policyIds.get(ChineseText.fullWidthPunctuation(of)));
        if (id == null && existing.containsKey(of)) {
            id = of;
        }
        if (id == null) {
            problems.error(row.number(), "解读对象", "import.noSuchPolicy", of);
            return;
        }
        item.put("interprets", id);
        ArrayNode related = item.putArray("related");
        related.add(id);
    }

    private void guide(Path file, Draft draft, Table.Row row, ArrayNode materials, ArrayNode steps) {
        ObjectNode item = draft.item();
        for (String column : GUIDE_TEXT) {
            require(item, row, column, GUIDE_FIELDS.get(column));
        }
        ArrayNode basis = item.putArray("basis");
        for (String b : row.get("设定依据").split("[\\r\\n；;]+")) {
            if (!ChineseText.clean(b).isEmpty()) {
                basis.add(ChineseText.fullWidthPunctuation(ChineseText.clean(b)));
            }
        }
        if (basis.isEmpty()) {
            problems.error(row.number(), "设定依据", "import.missing", "设定依据");
        }
        ObjectNode limit = item.putObject("time_limit");
        Integer statutory = ChineseText.days(row.get("法定时限"));
        Integer promised = ChineseText.days(row.get("承诺时限"));
        if (statutory != null) {
            limit.put("statutory_days", statutory);
        }
        if (promised != null) {
            limit.put("promised_days", promised);
        }
        putText(item, "online_url", row.get("在线办理"));
        if (materials != null) {
            for (var m : materials) {
                // 空白表格 and 样表 name files beside the catalogue; they become the guide's attachments.
                for (String[] f : new String[][] {{"blank_form", "空白表格", "form"}, {"sample", "样表", "sample"}}) {
                    String name = m.path(f[0]).asText("");
                    if (!name.isEmpty()) {
                        String stored = attach(file, draft, row.number(), MATERIALS_SHEET + "!" + f[1], name, f[2]);
                        if (stored != null) {
                            ((ObjectNode) m).put(f[0], stored);
                        } else {
                            ((ObjectNode) m).remove(f[0]);
                        }
                    }
                }
            }
        }
        item.set("materials", materials != null ? materials : FeedJson.MAPPER.createArrayNode());
        item.set("steps", steps != null ? steps : FeedJson.MAPPER.createArrayNode());
        ArrayNode faq = faq(row);
        if (!faq.isEmpty()) {
            item.set("faq", faq);
        }
    }

    /** 常见问题: 问：… and 答：… lines in pairs; a line without either continues the one before. */
    private ArrayNode faq(Table.Row row) {
        ArrayNode out = FeedJson.MAPPER.createArrayNode();
        String text = row.cells().getOrDefault("常见问题", "");
        ObjectNode open = null;
        String field = null;
        for (String raw : text.split("\\r?\\n")) {
            String line = ChineseText.clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("问：") || line.startsWith("问:")) {
                if (open != null && !open.has("a")) {
                    problems.error(row.number(), "常见问题", "import.faqUnanswered", open.path("q").asText());
                }
                open = out.addObject();
                field = "q";
                open.put("q", ChineseText.fullWidthPunctuation(line.substring(2).strip()));
            } else if ((line.startsWith("答：") || line.startsWith("答:")) && open != null && !open.has("a")) {
                field = "a";
                open.put("a", ChineseText.fullWidthPunctuation(line.substring(2).strip()));
            } else if (open != null) {
                open.put(field, open.path(field).asText() + ChineseText.fullWidthPunctuation(line));
            } else {
                problems.error(row.number(), "常见问题", "import.faqFormat", line);
            }
        }
        if (open != null && !open.has("a")) {
            problems.error(row.number(), "常见问题", "import.faqUnanswered", open.path("q").asText());
        }
        return out;
    }

    /** 相关条目: ids or titles of items in this catalogue or already in the folder, after the ones set already. */
    private void related(ObjectNode item, Table.Row row, Map<String, String> itemIds) {
        List<String> named = ChineseText.list(row.get("相关条目"));
        if (named.isEmpty()) {
            return;
        }
        ArrayNode related = item.has("related") ? (ArrayNode) item.get("related") : item.putArray("related");
        for (String n : named) {
            String id = itemIds.getOrDefault(n, itemIds.get(ChineseText.fullWidthPunctuation(n)));
            if (id == null) {
                problems.error(row.number(), "相关条目", "import.noSuchItem", n);
            } else if (!containsText(related, id) && !id.equals(item.path("id").asText())) {
                related.add(id);
            }
        }
    }

    /** Attaches a file beside the catalogue (a name may hold a sub-folder); the stored name, or null if absent. */
    private String attach(Path file, Draft draft, int row, String field, String name, String role) {
        Path beside = file.resolveSibling(name);
        if (!Files.isRegularFile(beside)) {
            problems.error(row, field, "import.attachmentMissing", name);
            return null;
        }
        return draft.attach(beside, role);
    }

    private static boolean containsText(ArrayNode array, String value) {
        for (var v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode material(Table.Row row) {
        ObjectNode m = FeedJson.MAPPER.createObjectNode();
        m.put("name", ChineseText.fullWidthPunctuation(row.get("材料名称")));
        putText(m, "form", row.get("形式"));
        if (!row.get("份数").isEmpty()) {
            Integer copies = ChineseText.days(row.get("份数"));
            if (copies == null) {
                problems.error(row.number(), MATERIALS_SHEET + "!份数", "import.notNumber", row.get("份数"));
            } else {
                m.put("copies", copies);
            }
        }
        String required = row.get("是否必需");
        m.put("required", !(required.equals("否") || required.equals("非必需") || required.equals("容缺")));
        putText(m, "source", row.get("来源"));
        putText(m, "note", row.get("备注"));
        // file names for now; guide() attaches them and writes where they are stored
        putText(m, "blank_form", row.get("空白表格"));
        putText(m, "sample", row.get("样表"));
        return m;
    }

    private ObjectNode step(Table.Row row) {
        ObjectNode s = FeedJson.MAPPER.createObjectNode();
        s.put("name", ChineseText.fullWidthPunctuation(row.get("步骤")));
        putText(s, "description", row.get("说明"));
        return s;
    }

    private Map<String, ArrayNode> byGuide(Table table, Function<Table.Row, ObjectNode> make) {
        Map<String, ArrayNode> out = new LinkedHashMap<>();
        if (table == null) {
            return out;
        }
        for (Table.Row row : table.rows()) {
            if (!row.isBlank()) {
                out.computeIfAbsent(ChineseText.fullWidthPunctuation(row.get("指南标题")),
                        k -> FeedJson.MAPPER.createArrayNode()).add(make.apply(row));
            }
        }
        return out;
    }

    private LocalDate date(Table.Row row, String column, boolean required) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (required) {
                problems.error(row.number(), column, "import.missing", column);
            }
            return null;
        }
        LocalDate d = ChineseText.date(text);
        if (d == null) {
            problems.error(row.number(), column, "import.badDate", text);
        }
        return d;
    }

    private void require(ObjectNode item, Table.Row row, String column, String field) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.error(row.number(), column, "import.missing", column);
        } else {
            item.put(field, ChineseText.fullWidthPunctuation(value));
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, field.equals("url") || field.equals("online_url") ? value.strip()
                    : ChineseText.fullWidthPunctuation(ChineseText.clean(value)));
        }
    }
}

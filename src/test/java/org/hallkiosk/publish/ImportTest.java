package org.hallkiosk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import from the command line: the seed page, catalogues, Word files; and what it refuses, changing nothing. */
class ImportTest {

    /** The seed page (a real disclosure-platform page, as text), kept with the worked example. */
    static final Path SEED = Path.of("assets/import-example/jinan-veterans-2024-disclosure-work-plan.txt");
    static final String SEED_TEXT = readSeed();

    @TempDir
    Path tmp;

    static String readSeed() {
        try {
            return Files.readString(SEED);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSeedPageImportsAsItsPolicy() throws Exception {
        Path page = Files.writeString(tmp.resolve("page.txt"), SEED_TEXT);
        Path content = tmp.resolve("content");
        CommandRun run = CommandRun.of("import", page.toString(), "--into", content.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("zcwj-2024-00131");
        // the two attachments named under 文件下载 are not beside the page: warned, not attached
        assertThat(run.err()).contains("page.txt:1/文件下载").contains("政务公开工作要点的通知.doc").contains("未附上");

        JsonNode item = FeedJson.MAPPER.readTree(content.resolve("items/zcwj-2024-00131.json").toFile());
        assertThat(item.path("type").asText()).isEqualTo("policy");
        assertThat(item.path("doc_no").asText()).isEqualTo("济退役军人发〔2024〕17号");
        assertThat(item.path("index_no").asText()).isEqualTo("11370100MB28508779/2024-00131");
        assertThat(item.path("written_at").asText()).isEqualTo("2024-06-18");
        assertThat(item.path("published_at").asText()).isEqualTo("2024-06-18T00:00:00+08:00");
        assertThat(item.path("issuer").asText()).isEqualTo("济南市退役军人事务局");
        assertThat(item.path("classification").asText()).isEqualTo("政务公开实施方案");
        assertThat(item.path("title").asText()).isEqualTo("济南市退役军人事务局关于印发2024年济南市退役军人事务局政务公开工作要点的通知");
        assertThat(item.path("attachments").isMissingNode()).isTrue();
        String body = item.path("body").asText();
        assertThat(body).contains("\n## 一、围绕重点工作做实主动公开\n")
                .contains("**（一）以公开促进思想政治引领工作**。围绕擦亮")
                .contains("机关各处室、局属各单位：")
                .doesNotContain("文件下载").doesNotContain("有声阅读");
        assertThat(Files.readString(content.resolve("feed.json"))).contains("\"zcjd\"").contains("政策解读")
                .contains("\"bszn\"").contains("\"tzgg\"");

        // publish signs it (the feed's own reader agrees), and a re-import replaces the same id
        Path keys = tmp.resolve("keys");
        var pair = Ed25519Keys.generate();
        assertThat(FeedWriter.publish(content, tmp.resolve("out"), pair.getPrivate(), null).items()).isEqualTo(1);
        Map<String, String> before = snapshot(content);
        assertThat(CommandRun.of("import", page.toString(), "--into", content.toString()).exitCode()).isZero();
        assertThat(snapshot(content)).isEqualTo(before);
        assertThat(keys).doesNotExist();
    }

    /**
     * The worked example: the sample's hand-written zcwj-2024-00131 rebuilt from the seed's page text. The
     * page's 公开要素 agree with the hand-written item, and what a page does not carry (内容概述, 链接, keywords,
     * the original, the 政务公开专区 column) survives the re-import.
     */
    @Test
    void reimportingTheSeedIntoTheSampleKeepsStaffsAdditions() throws Exception {
        Path content = tmp.resolve("sample-content");
        TestFeed.copyTree(TestFeed.SAMPLE_CONTENT, content);
        JsonNode before = FeedJson.MAPPER.readTree(content.resolve("items/zcwj-2024-00131.json").toFile());
        CommandRun run = CommandRun.of("import", SEED.toString(), "--into", content.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode after = FeedJson.MAPPER.readTree(content.resolve("items/zcwj-2024-00131.json").toFile());
        for (String field : List.of("title", "index_no", "doc_no", "issuer", "written_at", "classification",
                "validity", "summary", "url", "keywords", "related", "attachments", "columns", "topic")) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }
        assertThat(after.path("body").asText()).contains("## 一、围绕重点工作做实主动公开");
        long items;
        try (Stream<Path> files = Files.list(content.resolve("items"))) {
            items = files.count();
        }
        assertThat(FeedWriter.publish(content, tmp.resolve("out"), Ed25519Keys.generate().getPrivate(), null).items())
                .isEqualTo(items);
    }

    @Test
    void attachmentsBesideThePageAreAttachedAsOriginals() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("saved"));
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><meta charset=\"utf-8\"><title>x</title>"
                + "</head><body><table><tr><td>索引号：</td><td>11370100MB28508779/2024-00131</td><td>组配分类：</td>"
                + "<td>政务公开实施方案</td></tr><tr><td>成文日期：</td><td>2024年6月18日</td><td>发布日期：</td>"
                + "<td>2024-06-18</td></tr><tr><td>发布机构：</td><td>济南市退役军人事务局</td></tr></table>"
                + "<h1>关于印发工作要点的通知</h1><p>济退役军人发〔2024〕17号</p><p>一、总体要求</p><p>正文&nbsp;&lt;b&gt;</p>"
                + "<div>文件下载：<a href=\"x\">通知.pdf</a></div></body></html>");
        Files.write(dir.resolve("通知.pdf"), "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
        Path content = tmp.resolve("content");
        CommandRun run = CommandRun.of("import", page.toString(), "--into", content.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode item = FeedJson.MAPPER.readTree(content.resolve("items/zcwj-2024-00131.json").toFile());
        assertThat(item.path("title").asText()).isEqualTo("关于印发工作要点的通知");
        assertThat(item.path("written_at").asText()).isEqualTo("2024-06-18");
        assertThat(item.path("body").asText()).contains("## 一、总体要求").contains("正文 \\<b\\>");
        assertThat(item.path("attachments").get(0).path("role").asText()).isEqualTo("original");
        assertThat(content.resolve("files/zcwj-2024-00131/通知.pdf")).exists();
        assertThat(FeedWriter.publish(content, tmp.resolve("out"), Ed25519Keys.generate().getPrivate(), null).files())
                .isEqualTo(1);
    }

    @Test
    void aCsvCatalogueWithBomImportsEveryType() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("catalogue"));
        Path csv = dir.resolve("目录.csv");
        Files.write(csv, ("\ufeff类型,标题,索引号,文号,发布机构,成文日期,发布日期,有效性,栏目,关键词,正文,附件,解读对象,"
                + "服务对象,设定依据,受理条件,办理地点,办理时间,法定时限,承诺时限,收费标准,咨询电话,投诉电话\n"
                + "政策文件,关于优待证的通知,11370100MB28508779/2024-00052,济退役军人发〔2024〕9号,济南市退役军人事务局,"
                + "2024/4/10,2024年4月15日,有效,,优待证、优待,\"一、总则\n（一）适用范围。本通知适用于全市。\",,,,,,,,,,,,\n"
                + "政策解读,《关于优待证的通知》解读,11370100MB28508779/2024-00053,,,,2024-04-15,,,,解读正文,,关于优待证的通知,,,,,,,,,,\n"
                + "办事指南,优待证申领,,,,,2024-04-18,,,,,,,退役军人,《退役军人保障法》；《优待证管理办法》,本市户籍,服务大厅,"
                + "工作日,20个工作日,15个工作日,不收费,0531-1234,12345\n"
                + "通知公告,开放日活动的通知,,,,,2024-07-01,,,,欢迎参加。,,,,,,,,,,,,\n").getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("目录.材料.csv"), "指南标题,材料名称,形式,份数,是否必需,来源,备注\n"
                + "优待证申领,居民身份证,原件,1,是,公安机关,\n优待证申领,照片,电子版,2,否,,近期免冠\n");
        Files.writeString(dir.resolve("目录.流程.csv"), "指南标题,步骤,说明\n优待证申领,申请,提交材料\n优待证申领,发证,\n");
        Path content = tmp.resolve("content");
        CommandRun run = CommandRun.of("import", csv.toString(), "--into", content.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode interp = FeedJson.MAPPER.readTree(content.resolve("items/zcjd-2024-00053.json").toFile());
        assertThat(interp.path("interprets").asText()).isEqualTo("zcwj-2024-00052");
        JsonNode policy = FeedJson.MAPPER.readTree(content.resolve("items/zcwj-2024-00052.json").toFile());
        assertThat(policy.path("written_at").asText()).isEqualTo("2024-04-10");
        assertThat(policy.path("body").asText()).contains("## 一、总则").contains("**（一）适用范围**。本通知适用于全市。");
        try (Stream<Path> items = Files.list(content.resolve("items"))) {
            Path guide = items.filter(p -> p.getFileName().toString().startsWith("bszn-ydzsl-")).findFirst().orElseThrow();
            JsonNode g = FeedJson.MAPPER.readTree(guide.toFile());
            assertThat(g.path("materials")).hasSize(2);
            assertThat(g.path("materials").get(1).path("required").asBoolean()).isFalse();
            assertThat(g.path("time_limit").path("statutory_days").asInt()).isEqualTo(20);
            assertThat(g.path("basis")).hasSize(2);
            assertThat(g.path("steps")).hasSize(2);
        }
        assertThat(FeedWriter.publish(content, tmp.resolve("out"), Ed25519Keys.generate().getPrivate(), null).items())
                .isEqualTo(4);
    }

    @Test
    void anXlsxCatalogueWithSheetsAndADocxBody() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("xlsx"));
        writeDocx(dir.resolve("正文.docx"));
        Path xlsx = dir.resolve("目录.xlsx");
        CatalogueTemplate.write(xlsx);
        try (var in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var row = wb.getSheetAt(0).createRow(wb.getSheetAt(0).getLastRowNum() + 1);
            String[] cells = {"通知公告", "Word 正文的通知", "", "", "", "", "2024-08-01", "", "", "", "", "正文.docx"};
            for (int c = 0; c < cells.length; c++) {
                row.createCell(c).setCellValue(cells[c]);
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Path content = tmp.resolve("content");
        CommandRun run = CommandRun.of("import", xlsx.toString(), "--into", content.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String notice;
        try (Stream<Path> items = Files.list(content.resolve("items"))) {
            assertThat(items.count()).isGreaterThanOrEqualTo(4);
        }
        try (Stream<Path> items = Files.list(content.resolve("items"))) {
            notice = items.map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).filter(s -> s.contains("Word 正文的通知")).findFirst().orElseThrow();
        }
        JsonNode n = FeedJson.MAPPER.readTree(notice);
        assertThat(n.path("body").asText()).contains("## 一、活动安排").contains("1. 第一项").contains("- 时间：8月1日；地点：大厅");
    }

    @Test
    void aDocxAloneIsANoticeTitledByItsFirstParagraph() throws Exception {
        Path docx = tmp.resolve("通知.docx");
        writeDocx(docx);
        Path content = tmp.resolve("content");
        CommandRun unnamed = CommandRun.of("import", docx.toString(), "--into", content.toString());
        assertThat(unnamed.exitCode()).isEqualTo(1);
        assertThat(unnamed.err()).contains("--publisher");
        CommandRun run = CommandRun.of("import", docx.toString(), "--into", content.toString(),
                "--publisher", "济南市退役军人事务局");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> items = Files.list(content.resolve("items"))) {
            JsonNode n = FeedJson.MAPPER.readTree(items.findFirst().orElseThrow().toFile());
            assertThat(n.path("type").asText()).isEqualTo("notice");
            assertThat(n.path("title").asText()).isEqualTo("关于开放日活动的通知");
            assertThat(n.path("id").asText()).startsWith("tzgg-gykfrhddtz-");
        }
    }

    @Test
    void badInputIsRefusedNamingFileAndRowAndChangesNothing() throws Exception {
        Path content = tmp.resolve("content");
        Path page = Files.writeString(tmp.resolve("page.txt"), SEED_TEXT);
        assertThat(CommandRun.of("import", page.toString(), "--into", content.toString()).exitCode()).isZero();
        Map<String, String> before = snapshot(content);

        Path noIndex = Files.writeString(tmp.resolve("无索引号.txt"), SEED_TEXT.replaceFirst("索引号: \\S+", ""));
        refused(content, before, "无索引号.txt:1/索引号: 页面中没有索引号", noIndex);

        Path wrongHeader = Files.writeString(tmp.resolve("表头.csv"), "类别,标题,发布日期\n政策文件,x,2024-01-01\n");
        refused(content, before, "表头.csv:1/类别: 未知列名“类别”", wrongHeader);
        Path unknownType = Files.writeString(tmp.resolve("类型.csv"), "类型,标题,发布日期\n通知公告,好,2024-01-01\n工作动态,x,2024-01-01\n");
        refused(content, before, "类型.csv:3/类型: 类型“工作动态”无法识别", unknownType);
        Path badDate = Files.writeString(tmp.resolve("日期.csv"), "类型,标题,发布日期\n通知公告,x,2024-13-01\n");
        refused(content, before, "日期.csv:2/发布日期: 日期“2024-13-01”无法识别", badDate);

        Path corrupt = Files.writeString(tmp.resolve("坏.docx"), "not a zip");
        refused(content, before, "坏.docx:0/file: Word 文件 坏.docx 已损坏", corrupt);
        Path encrypted = tmp.resolve("加密.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(encrypted)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "EncryptedPackage");
            fs.createDocument(new ByteArrayInputStream(new byte[200]), "EncryptionInfo");
            fs.writeFilesystem(out);
        }
        refused(content, before, "加密.docx:0/file: Word 文件 加密.docx 已加密", encrypted);

        // one good file and one bad one: the good one does not go in either
        Path good = Files.writeString(tmp.resolve("好.csv"), "类型,标题,发布日期\n通知公告,好的通知,2024-01-01\n");
        refused(content, before, "日期.csv:2/发布日期", good, badDate);
        // an interpretation of a policy that is nowhere
        Path orphan = Files.writeString(tmp.resolve("解读.csv"), "类型,标题,发布日期,解读对象\n政策解读,解读,2024-01-01,没有的文件\n");
        refused(content, before, "解读.csv:2/解读对象: 找不到被解读的政策文件“没有的文件”", orphan);
    }

    @Test
    void theFeedsOwnReaderHasTheLastWord() throws Exception {
        // a summary over 100 characters passes import's own checks; the item reader publish uses refuses it
        Path csv = Files.writeString(tmp.resolve("长.csv"), "类型,标题,发布日期,内容概述\n通知公告,x,2024-01-01," + "长".repeat(101) + "\n");
        Path content = tmp.resolve("content");
        CommandRun run = CommandRun.of("import", csv.toString(), "--into", content.toString(), "--publisher", "局");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("长.csv:2/summary:");
        assertThat(content).doesNotExist();
    }

    private void refused(Path content, Map<String, String> before, String expected, Path... files) throws IOException {
        String[] args = new String[files.length + 2];
        for (int i = 0; i < files.length; i++) {
            args[i] = files[i].toString();
        }
        args[files.length] = "--into";
        args[files.length + 1] = content.toString();
        CommandRun run = CommandRun.of(concat("import", args));
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.err()).contains(expected);
        assertThat(snapshot(content)).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(content.getParent())) {
            assertThat(siblings.filter(p -> p.getFileName().toString().contains(".import-"))).isEmpty();
        }
    }

    private static String[] concat(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                out.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Hashes.sha256(p) : "dir");
            }
        }
        return out;
    }

    static void writeDocx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("关于开放日活动的通知");
            doc.createParagraph().createRun().setText("一、活动安排");
            doc.createParagraph().createRun().setText("1.第一项");
            doc.createParagraph().createRun().setText("2.第二项");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("时间");
            table.getRow(0).getCell(1).setText("地点");
            table.getRow(1).getCell(0).setText("8月1日");
            table.getRow(1).getCell(1).setText("大厅");
            doc.createParagraph().createRun().setText("欢迎参加。");
            doc.write(out);
        }
    }
}

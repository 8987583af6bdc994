package org.hallkiosk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.ManifestReader;
import org.hallkiosk.testing.CommandRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish --review, --approved-by / --require-approvals, and --suggest-hints, from the command line. */
class ReviewAndHintsTest {

    @TempDir
    Path tmp;
    Path content;
    Path out;
    Path key;
    KeyPair keys;

    @BeforeEach
    void catalogue() throws Exception {
        content = tmp.resolve("content");
        out = tmp.resolve("out");
        new Importer(content, null, null).importFiles(List.of(Path.of("assets/catalogue-example.csv")));
        keys = Ed25519Keys.generate();
        key = Files.writeString(tmp.resolve("private.pem"), Ed25519Keys.toPem(keys.getPrivate()));
    }

    @Test
    void reviewListsNewChangedAndWithdrawnWithTheirYaosuChecks() throws Exception {
        // a notice with raw HTML in its body, and a policy nobody has interpreted
        new Importer(content, null, null).importFiles(List.of(Files.writeString(tmp.resolve("more.csv"),
                "类型,标题,索引号,发布机构,成文日期,发布日期,正文\n通知公告,脚本通知,,,,2024-08-01,<script>alert(1)</script>\n"
                        + "政策文件,无解读的文件,11370100MB28508779/2024-00200,济南市退役军人事务局,2024-08-01,2024-08-02,正文\n")));
        Path page = tmp.resolve("review.html");
        // in this process JavaFX must not start (later screen tests share it): the pictures are ReviewPicturesTest's
        CommandRun first = CommandRun.of("publish", content.toString(), out.toString(), "--review", page.toString(),
                "--no-pictures");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("新增 6 条，修改 0 条，撤下 0 条");
        assertThat(out.resolve("manifest.json")).doesNotExist();
        String html = Files.readString(page);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("无解读的文件").contains("政策文件没有政策解读（三同步")
                .contains("<th>索引号</th><td>11370100MB28508779/2024-00052</td>")
                .contains("<h2>一、拓宽就业渠道</h2>");
        // the interpreted policy is not flagged 三同步; the other one is
        assertThat(Review.entries(content, out).stream().filter(e -> e.id().equals("zcwj-2024-00052")).findFirst()
                .orElseThrow().findings()).noneMatch(f -> f.contains("三同步"));

        assertThat(CommandRun.of("publish", content.toString(), out.toString(), "--key", key.toString()).exitCode())
                .isZero();
        ObjectNode notice = (ObjectNode) FeedJson.MAPPER.readTree(
                content.resolve("items/zcwj-2024-00200.json").toFile());
        notice.put("summary", "改过的概述");
        Files.write(content.resolve("items/zcwj-2024-00200.json"), FeedJson.MAPPER.writeValueAsBytes(notice));
        Files.delete(content.resolve("items/zcjd-2024-00053.json"));
        CommandRun second = CommandRun.of("publish", content.toString(), out.toString(), "--review", page.toString(),
                "--no-pictures");
        assertThat(second.out()).contains("新增 0 条，修改 1 条，撤下 1 条");
        assertThat(Files.readString(page)).contains("[撤下] 《济南市退役军人就业创业扶持若干措施（示例）》解读")
                .contains("[修改] 无解读的文件");
    }

    @Test
    void approversAreSignedIntoTheManifestAndTooFewAreRefused() throws Exception {
        CommandRun one = CommandRun.of("publish", content.toString(), out.toString(), "--key", key.toString(),
                "--approved-by", "张三", "--require-approvals", "2");
        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(one.err()).contains("需要 2 位审核人");
        assertThat(out.resolve("manifest.json")).doesNotExist();
        // the same name twice is one approver
        assertThat(CommandRun.of("publish", content.toString(), out.toString(), "--key", key.toString(),
                "--approved-by", "张三", "--approved-by", "张三", "--require-approvals", "2").exitCode()).isEqualTo(1);

        CommandRun two = CommandRun.of("publish", content.toString(), out.toString(), "--key", key.toString(),
                "--approved-by", "张三", "--approved-by", "李四", "--require-approvals", "2");
        assertThat(two.exitCode()).as(two.err()).isZero();
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
        JsonNode m = FeedJson.MAPPER.readTree(manifest);
        assertThat(m.path("approved_by").toString()).isEqualTo("[\"张三\",\"李四\"]");
        assertThat(Ed25519Keys.verify(keys.getPublic(), manifest, Files.readAllBytes(out.resolve("manifest.json.sig"))))
                .isTrue();
        assertThat(ManifestReader.read(manifest).items()).hasSize(4);
    }

    @Test
    void suggestHintsFromStatsExports() throws Exception {
        Path a = Files.writeString(tmp.resolve("kiosk1.csv"), "kind,item_id,column_id,query,count\n"
                + "search,,,招聘,3\nsearch_miss,,,招聘会在哪,4\nsearch_miss,,,火星移民,1\nview,zcwj-2024-00052,,,9\n",
                StandardCharsets.UTF_8);
        Path b = Files.writeString(tmp.resolve("kiosk2.csv"), "kind,item_id,column_id,query,count\n"
                + "search_miss,,,招聘会在哪,2\n", StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("publish", content.toString(), "--suggest-hints", a.toString(), b.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 个词，共 7 次").contains("招聘会在哪  ×6")
                .contains("关于举办退役军人专场招聘会的通知（示例）").contains("建议同义词：招聘会在哪、招聘会")
                .contains("\"synonyms\"").contains("火星移民  ×1").contains("内容中没有相近的条目");
        assertThat(run.out().indexOf("招聘会在哪")).isLessThan(run.out().indexOf("火星移民"));

        Path none = Files.writeString(tmp.resolve("none.csv"), "kind,item_id,column_id,query,count\nsearch,,,招聘,3\n");
        assertThat(CommandRun.of("publish", content.toString(), "--suggest-hints", none.toString()).out())
                .contains("没有未找到结果的搜索");
    }
}

package org.hallkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.testing.ChildJvm;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search} as staff and scripts run it: exit codes, the JSON shape, one line a query with --stdin. */
class SearchCommandTest {

    @TempDir
    static Path tmp;

    static Path config;
    static Path data;
    @BeforeAll
    static void syncSample() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        data = tmp.resolve("data");
        config = feed.writeConfig(tmp.resolve("config"), feed.dir().toString(), data);
        assertThat(CommandRun.of("sync", "--config", config.toString()).exitCode()).isZero();
    }

    @Test
    void jsonIsOneObjectWithWhatWasUnderstoodAndTheResultsBestFirst() throws Exception {
        CommandRun r = CommandRun.of("search", "ydz", "--config", config.toString(), "--json", "--limit", "3");
        assertThat(r.exitCode()).isZero();
        JsonNode answer = FeedJson.MAPPER.readTree(r.out());
        assertThat(answer.get("query").asText()).isEqualTo("ydz");
        assertThat(answer.get("understood")).extracting(JsonNode::asText).containsExactly("ydz");
        assertThat(answer.get("relaxed").asBoolean()).isFalse();
        JsonNode array = answer.get("results");
        assertThat(array.size()).isEqualTo(3);
        JsonNode first = array.get(0);
        assertThat(first.get("id").asText()).isEqualTo("bszn-ydz-sl");
        assertThat(first.get("type").asText()).isEqualTo("guide");
        assertThat(first.get("title").asText()).isEqualTo("退役军人和其他优抚对象优待证申领");
        assertThat(first.get("snippet").asText()).contains("优待证");
        assertThat(first.size()).isEqualTo(4);
        assertThat(answer.get("suggestions").size()).isZero();

        JsonNode question = FeedJson.MAPPER.readTree(CommandRun.of("search", "優待證怎么办？", "--json",
                "--config", config.toString()).out());
        assertThat(question.get("understood")).extracting(JsonNode::asText).containsExactly("优待证");
        assertThat(question.get("results").get(0).get("id").asText()).isEqualTo("bszn-ydz-sl");
    }

    @Test
    void stdinAnswersEachLineWithOneLineOfJsonAndNothingFoundComesWithSuggestions() throws Exception {
        CommandRun r = CommandRun.withInput("济退役军人发[2024]17号\n没有这种东西\n11370100MB28508779/2024-00131\n",
                "search", "--stdin", "--json", "--config", config.toString());
        assertThat(r.exitCode()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(FeedJson.MAPPER.readTree(lines[0]).get("results").get(0).get("id").asText())
                .isEqualTo("zcwj-2024-00131");
        JsonNode none = FeedJson.MAPPER.readTree(lines[1]);
        assertThat(none.get("results").size()).isZero();
        // nothing found: the hall's hot searches (no title sounds like it) and whom to call
        assertThat(none.get("suggestions").size()).isPositive();
        assertThat(none.get("hotlines").size()).isPositive();
        assertThat(FeedJson.MAPPER.readTree(lines[2]).get("results").get(0).get("id").asText())
                .isEqualTo("zcwj-2024-00131");
    }

    @Test
    void anyInputThroughStdinAnswersOneLineEachInBoundedTime() throws Exception {
        String huge = "优待证".repeat(35_000); // 105,000 characters on one line
        String controls = "\u0000\u0001\u001b[2J\uD800\uDFFF\u202E优待证\uFFFF";
        String lone = new String(new char[] {'\uD800', 'a', '\uDC00'});
        CommandRun r = CommandRun.withInput(huge + "\n" + controls + "\n" + lone + "\n\n😀😀\n",
                "search", "--stdin", "--json", "--config", config.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).doesNotContain("Exception");
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(5);
        for (String line : lines) {
            JsonNode answer = FeedJson.MAPPER.readTree(line);
            assertThat(answer.get("query").asText().length()).isLessThanOrEqualTo(64);
        }
        assertThat(FeedJson.MAPPER.readTree(lines[0]).get("results").get(0).get("id").asText()).isEqualTo("bszn-ydz-sl");
        assertThat(FeedJson.MAPPER.readTree(lines[1]).get("results").get(0).get("id").asText()).isEqualTo("bszn-ydz-sl");
    }

    @Test
    void textShowsTheHighlightAndNothingFoundSaysSo() {
        CommandRun hit = CommandRun.of("search", "抚恤", "--config", config.toString(), "--data", data.toString());
        assertThat(hit.exitCode()).isZero();
        assertThat(hit.out()).contains("【抚恤】");
        CommandRun none = CommandRun.of("search", "wumimgliesixumqim", "--config", config.toString());
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("wumimgliesixumqim").contains("无名烈士寻亲信息登记");
        CommandRun relaxed = CommandRun.of("search", "无名烈士 火星", "--config", config.toString());
        assertThat(relaxed.out()).contains("没有同时包含").contains("【无名烈士】");
    }

    @Test
    void theCommandDoesNotCountAsAVisitorsSearch() {
        CommandRun.of("search", "抚恤", "--config", config.toString());
        try (Mirror mirror = Mirror.open(data)) {
            int events = mirror.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM usage_events")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            });
            assertThat(events).isZero();
        }
    }

    @Test
    void usageErrorsAndABrokenConfigHaveTheirOwnExitCodes() throws Exception {
        assertThat(CommandRun.of("search", "--config", config.toString()).exitCode()).isEqualTo(2);
        assertThat(CommandRun.withInput("x\n", "search", "x", "--stdin", "--config", config.toString()).exitCode()).isEqualTo(2);
        assertThat(CommandRun.of("search", "x", "--limit", "0", "--config", config.toString()).exitCode()).isEqualTo(2);
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("kiosk.yaml"), "hall_name: [\n");
        CommandRun r = CommandRun.of("search", "抚恤", "--config", broken.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("kiosk.yaml");
    }

    @Test
    void fullPinyinFindsTheGuideInAFreshProcess() throws Exception {
        // A new JVM has loaded nothing yet: the catalog and its syllables come in with the first search.
        Process p = ChildJvm.start(tmp.resolve("fresh.out"), tmp.resolve("fresh.err"),
                "search", "youdaizheng", "--json", "--limit", "1", "--config", config.toString());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        JsonNode answer = FeedJson.MAPPER.readTree(Files.readString(tmp.resolve("fresh.out")));
        assertThat(answer.get("results").get(0).get("id").asText()).isEqualTo("bszn-ydz-sl");
    }
}

package org.hallkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search} as staff and scripts run it: exit codes, the JSON shape, one line a query with --stdin. */
class SearchCommandTest {

    @TempDir
    static Path tmp;

    static Path config;
    static Path data;
    static final PrintStream REAL_OUT = System.out;
    static final PrintStream REAL_ERR = System.err;
    static final InputStream REAL_IN = System.in;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void syncSample() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        data = tmp.resolve("data");
        config = feed.writeConfig(tmp.resolve("config"), feed.dir().toString(), data);
        assertThat(run(null, "sync", "--config", config.toString()).code()).isZero();
    }

    @AfterAll
    static void restore() {
        System.setOut(REAL_OUT);
        System.setErr(REAL_ERR);
        System.setIn(REAL_IN);
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        if (stdin != null) {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            int code = HallKioskCommand.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(REAL_OUT);
            System.setErr(REAL_ERR);
            System.setIn(REAL_IN);
        }
    }

    @Test
    void jsonIsAnArrayOfIdTypeTitleSnippetBestFirst() throws Exception {
        Run r = run(null, "search", "ydz", "--config", config.toString(), "--json", "--limit", "3");
        assertThat(r.code()).isZero();
        JsonNode array = FeedJson.MAPPER.readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(3);
        JsonNode first = array.get(0);
        assertThat(first.get("id").asText()).isEqualTo("bszn-ydz-sl");
        assertThat(first.get("type").asText()).isEqualTo("guide");
        assertThat(first.get("title").asText()).isEqualTo("退役军人和其他优抚对象优待证申领");
        assertThat(first.get("snippet").asText()).contains("优待证");
        assertThat(first.size()).isEqualTo(4);
    }

    @Test
    void stdinAnswersEachLineWithOneLineOfJson() throws Exception {
        Run r = run("济退役军人发[2024]17号\n没有这种东西\n11370100MB28508779/2024-00131\n",
                "search", "--stdin", "--json", "--config", config.toString());
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(FeedJson.MAPPER.readTree(lines[0]).get(0).get("id").asText()).isEqualTo("zcwj-2024-00131");
        assertThat(FeedJson.MAPPER.readTree(lines[1]).size()).isZero();
        assertThat(FeedJson.MAPPER.readTree(lines[2]).get(0).get("id").asText()).isEqualTo("zcwj-2024-00131");
    }

    @Test
    void textShowsTheHighlightAndNothingFoundSaysSo() {
        Run hit = run(null, "search", "抚恤", "--config", config.toString(), "--data", data.toString());
        assertThat(hit.code()).isZero();
        assertThat(hit.out()).contains("【抚恤】");
        Run none = run(null, "search", "优代证", "--config", config.toString());
        assertThat(none.code()).isZero();
        assertThat(none.out()).contains("优代证").contains("退役军人和其他优抚对象优待证申领");
    }

    @Test
    void theCommandDoesNotCountAsAVisitorsSearch() {
        run(null, "search", "抚恤", "--config", config.toString());
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
        assertThat(run(null, "search", "--config", config.toString()).code()).isEqualTo(2);
        assertThat(run("x\n", "search", "x", "--stdin", "--config", config.toString()).code()).isEqualTo(2);
        assertThat(run(null, "search", "x", "--limit", "0", "--config", config.toString()).code()).isEqualTo(2);
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("kiosk.yaml"), "hall_name: [\n");
        Run r = run(null, "search", "抚恤", "--config", broken.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("kiosk.yaml");
    }
}

package org.hallkiosk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.FailureLog;
import org.hallkiosk.testing.NginxDav;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The fleet view with real parts: a real nginx with WebDAV on 127.0.0.1, 50 kiosks' real report writers PUTting
 * to it (one with a real synced mirror and its visitors' searches), {@code fleet} over the WebDAV address, over
 * nginx's autoindex (JSON and HTML) and over the folder, the page read back as XML, and the CSV handed to
 * {@code publish --suggest-hints}.
 */
class FleetReportTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void nginxIsThere() {
        assumeTrue(NginxDav.installed(), "no " + NginxDav.NGINX + ": scripts/install-test-deps.sh installs nginx-light");
    }

    /** A kiosk-config folder with a report section and a 0600 credentials file. */
    static Path kioskConfig(TestFeed feed, Path dir, Path data, String id, String url) throws Exception {
        feed.writeConfig(dir, feed.dir().toString(), data);
        Files.writeString(dir.resolve("kiosk.yaml"), "kiosk_id: " + id + "\nreport:\n  url: \"" + url
                + "\"\n  credentials: report-credentials\n", StandardOpenOption.APPEND);
        Path cred = dir.resolve("report-credentials");
        Files.writeString(cred, NginxDav.USER + ":" + NginxDav.PASSWORD + "\n");
        Files.setPosixFilePermissions(cred, PosixFilePermissions.fromString("rw-------"));
        return dir;
    }

    private static KioskReport synthetic(int n, Instant now) {
        boolean behind = n % 10 == 1;
        boolean stale = n % 10 == 2;
        boolean failing = n % 10 == 3;
        boolean silent = n % 10 == 4;
        String day = now.atOffset(ZoneOffset.ofHours(8)).toLocalDate().toString();
        String yesterday = now.atOffset(ZoneOffset.ofHours(8)).toLocalDate().minusDays(1).toString();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("view", 10 + n);
        counts.put("search", 5 + n % 7);
        counts.put("search_miss", 2);
        return new KioskReport(String.format("district-%02d", n), "区服务站 " + n, "0.1.0", OffsetDateTime
                .ofInstant(now.minus(silent ? 10 : 0, ChronoUnit.HOURS), ZoneOffset.ofHours(8))
                .truncatedTo(ChronoUnit.SECONDS).toString(), behind ? 4 : 5, "济南市退役军人事务局",
                "2026-11-20T09:00:00+08:00", stale,
                new KioskReport.LastSync(failing ? "failed" : "unchanged", "2026-11-29T08:00:00+08:00",
                        failing ? "无法连接 feed.example" : null),
                "2026-11-29T08:00:00+08:00", 5_000_000_000L, 3600L * n, new KioskReport.Aids(true, n % 2 == 0, false),
                null, List.of(new KioskReport.DayUsage(day, counts)),
                List.of(new KioskReport.Unfound(day, "退伍证补办", 1), new KioskReport.Unfound(yesterday, "公交卡", 1)));
    }

    @Test
    void fiftyKiosksReportToWebDavAndFleetShowsEveryOneAndNamesTheBrokenReports() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("feed"));
        feed.publish(5);
        Instant now = Instant.now();
        try (NginxDav nginx = NginxDav.start(tmp.resolve("nginx"));
             Mirror mirror = Mirror.open(tmp.resolve("data"))) {
            // kiosk 00: a real kiosk, synced, with visitors who searched and found nothing
            KioskConfig config = ConfigLoader.load(kioskConfig(feed, tmp.resolve("kiosk-config"), tmp.resolve("data"),
                    "district-00", nginx.reports().toString()));
            assertThat(config.report().credentials()).isNotNull();
            SyncService sync = new SyncService(config, mirror, SyncOptions.DEFAULT);
            assertThat(sync.sync(null, "test", p -> { }, () -> false).outcome()).isEqualTo(SyncOutcome.APPLIED);
            mirror.usage().recordSearch("退伍证补办", 0);
            mirror.usage().recordSearch("退伍证补办", 0);
            mirror.usage().recordSearch("优待证", 3);
            List<ReportWriter> writers = new ArrayList<>();
            writers.add(new ReportWriter(config.report().reportFor(config.kioskId()), config.report().credentials(),
                    new ReportBuilder(config, mirror, () -> new KioskReport.Aids(false, true, false), () -> null)));
            Path cred = config.report().credentials();
            for (int n = 1; n < 50; n++) {
                KioskReport r = synthetic(n, now);
                writers.add(new ReportWriter(nginx.reports().resolve(r.kioskId() + ".json"), cred, () -> r));
            }
            try {
                for (ReportWriter w : writers) {
                    assertThat(w.reportNow().get(30, TimeUnit.SECONDS)).as(w.target().toString()).isTrue();
                }
                // the server takes reports only with the password: a writer without it is refused
                KioskReport stranger = synthetic(99, now);
                try (ReportWriter noPassword = new ReportWriter(nginx.reports().resolve("district-99.json"), null,
                        () -> stranger); FailureLog log = new FailureLog()) {
                    assertThat(noPassword.reportNow().get(30, TimeUnit.SECONDS)).isFalse();
                    assertThat(noPassword.lastProblem()).contains("HTTP 401");
                    assertThat(log.lines()).anyMatch(l -> l.contains("fleet report") && l.contains("401"));
                }
            } finally {
                writers.forEach(ReportWriter::close);
            }
            assertThat(nginx.folder().resolve("district-99.json")).doesNotExist();
            try (var files = Files.list(nginx.folder())) {
                assertThat(files.count()).isEqualTo(50);
            }
            // the real kiosk's report: its sequence, and its unfound search counted by day, with no time of day
            String own = Files.readString(nginx.folder().resolve("district-00.json"));
            assertThat(own).contains("\"sequence\" : 5").contains("退伍证补办").doesNotContain("优待证\"");
            assertThat(KioskReport.parse(own.getBytes(StandardCharsets.UTF_8), "district-00.json").unfound())
                    .containsExactly(new KioskReport.Unfound(now.atOffset(ZoneOffset.ofHours(8)).toLocalDate()
                            .toString(), "退伍证补办", 2));

            // a broken and an oversized report beside them
            Files.writeString(nginx.folder().resolve("district-77.json"), "{\"format\": \"hall-kiosk-report\", ");
            Files.writeString(nginx.folder().resolve("district-88.json"), "{\"format\": \"hall-kiosk-report\", \"pad\": \""
                    + "x".repeat(KioskReport.MAX_BYTES) + "\"}");

            Path page = tmp.resolve("out/fleet.html");
            Files.createDirectories(page.getParent());
            CommandRun dav = CommandRun.of("fleet", nginx.reports().toString(), "--html", page.toString(),
                    "--silent-hours", "3");
            assertThat(dav.exitCode()).as(dav.err()).isEqualTo(1);
            assertThat(dav.out()).contains("共 50 台：正常 ").contains("内容落后 5 台").contains("内容过期 5 台")
                    .contains("同步失败 5 台").contains("失联 5 台").contains("无法读取的报告 2 份")
                    .contains("district-00").contains("district-49");
            assertThat(dav.err()).contains("district-77.json：报告无法读取").contains("district-88.json：报告过大");
            Set<String> viaDav = kioskIds(dav.out());
            assertThat(viaDav).hasSize(50);
            for (String source : List.of(nginx.jsonIndex().toString(), nginx.htmlIndex().toString(),
                    nginx.folder().toString())) {
                CommandRun run = CommandRun.of("fleet", source);
                assertThat(run.exitCode()).as(source + run.err()).isEqualTo(1);
                assertThat(kioskIds(run.out())).as(source).isEqualTo(viaDav);
                assertThat(run.err()).as(source).contains("district-77.json").contains("district-88.json");
            }

            // the page, read back as XML
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(Files.readAllBytes(page)));
            List<Element> rows = rows(doc, "kiosks");
            assertThat(rows).hasSize(50);
            Element four = rows.stream().filter(r -> r.getAttribute("data-kiosk").equals("district-04")).findFirst()
                    .orElseThrow();
            assertThat(four.getAttribute("class")).isEqualTo("problem");
            assertThat(cell(four, "state")).startsWith("失联 10 小时");
            Element one = rows.stream().filter(r -> r.getAttribute("data-kiosk").equals("district-01")).findFirst()
                    .orElseThrow();
            assertThat(cell(one, "state")).isEqualTo("内容落后（序号 4，最新 5）");
            Element zero = rows.stream().filter(r -> r.getAttribute("data-kiosk").equals("district-00")).findFirst()
                    .orElseThrow();
            assertThat(zero.getAttribute("class")).isEqualTo("ok");
            assertThat(cell(zero, "state")).isEqualTo("正常");
            NodeList refused = doc.getElementById("refused") == null ? byId(doc, "refused").getElementsByTagName("li")
                    : doc.getElementById("refused").getElementsByTagName("li");
            assertThat(refused.getLength()).isEqualTo(2);
            List<Element> unfound = rows(doc, "unfound");
            assertThat(cell(unfound.get(0), "query")).isEqualTo("退伍证补办");
            assertThat(cell(unfound.get(0), "count")).isEqualTo("51"); // 2 on the real kiosk + 49 × 1
            assertThat(cell(unfound.get(0), "kiosks")).isEqualTo("50");
            assertThat(cell(unfound.get(1), "query")).isEqualTo("公交卡");

            // the CSV beside it is what publish --suggest-hints reads
            Path csv = page.resolveSibling("fleet-unfound.csv");
            assertThat(byId(doc, "csv").getAttribute("href")).isEqualTo("fleet-unfound.csv");
            assertThat(Files.readString(csv)).startsWith("kind,item_id,column_id,query,count\n")
                    .contains("search_miss,,,退伍证补办,51\n");
            CommandRun hints = CommandRun.of("publish", feed.contentDir().toString(), "--suggest-hints", csv.toString());
            assertThat(hints.exitCode()).as(hints.err()).isZero();
            assertThat(hints.out()).contains("退伍证补办  ×51").contains("公交卡  ×49");
        }
    }

    private static Set<String> kioskIds(String out) {
        Set<String> ids = new TreeSet<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("district-")) {
                ids.add(line.substring(0, line.indexOf('\t')));
            }
        }
        return ids;
    }

    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no #" + id);
    }

    private static List<Element> rows(Document doc, String tableId) {
        NodeList trs = ((Element) byId(doc, tableId).getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < trs.getLength(); i++) {
            out.add((Element) trs.item(i));
        }
        return out;
    }

    private static String cell(Element row, String cls) {
        NodeList tds = row.getElementsByTagName("td");
        for (int i = 0; i < tds.getLength(); i++) {
            Element td = (Element) tds.item(i);
            if (td.getAttribute("class").equals(cls)) {
                return td.getTextContent();
            }
        }
        throw new AssertionError("no td." + cls);
    }
}

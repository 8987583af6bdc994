package org.hallkiosk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kiosk_id and report in kiosk.yaml as check-config sees them, and the report's bound. */
class FleetConfigTest {

    @TempDir
    Path tmp;

    private Path config(String extra) throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("feed"));
        Path dir = feed.writeConfig(tmp.resolve("kiosk-config"), feed.dir().toString(), tmp.resolve("data"));
        Files.writeString(dir.resolve("kiosk.yaml"), extra, StandardOpenOption.APPEND);
        Files.copy(Path.of("kiosk-config/layout.yaml"), dir.resolve("layout.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        return dir;
    }

    @Test
    void aReportWithAPrivateCredentialsFileLoads() throws Exception {
        Path dir = config("kiosk_id: lixia-01\nlayout_group: district-halls\nreport:\n"
                + "  url: https://reports.example.gov.cn/kiosks\n  credentials: report-credentials\n");
        Path cred = Files.writeString(dir.resolve("report-credentials"), "kiosk:pw\n");
        Files.setPosixFilePermissions(cred, PosixFilePermissions.fromString("rw-------"));
        KioskConfig c = ConfigLoader.load(dir);
        assertThat(c.kioskId()).isEqualTo("lixia-01");
        assertThat(c.layoutGroup()).isEqualTo("district-halls");
        assertThat(c.report().reportFor(c.kioskId()).toString())
                .isEqualTo("https://reports.example.gov.cn/kiosks/lixia-01.json");
        assertThat(c.report().toString()).doesNotContain("pw");
        CommandRun check = CommandRun.of("check-config", dir.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    }

    @Test
    void credentialsOthersCanReadAreRefusedWithWhatToDo() throws Exception {
        Path dir = config("kiosk_id: lixia-01\nreport:\n  url: https://reports.example.gov.cn/kiosks/\n"
                + "  credentials: report-credentials\n");
        Path cred = Files.writeString(dir.resolve("report-credentials"), "kiosk:pw\n");
        Files.setPosixFilePermissions(cred, PosixFilePermissions.fromString("rw-r--r--"));
        CommandRun run = CommandRun.of("check-config", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("report.credentials: 凭据文件 report-credentials 的权限是 rw-r--r--")
                .contains("chmod 600 report-credentials");
    }

    @Test
    void aReportNeedsAnIdAnHttpAddressAndKnownFields() throws Exception {
        Path dir = config("report:\n  url: ftp://reports.example.gov.cn/\n  credential: x\n");
        CommandRun run = CommandRun.of("check-config", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("report.credential: 没有这个字段，是否想写 credentials？")
                .contains("report.url: 不是有效的报告地址");
        Path other = config("kiosk_idd: x\nreport:\n  url: https://reports.example.gov.cn/\n");
        CommandRun second = CommandRun.of("check-config", other.toString());
        assertThat(second.out() + second.err()).contains("kiosk_idd: 没有这个字段，是否想写 kiosk_id？")
                .contains("kiosk_id: 设置了 report.url 就必须设置 kiosk_id");
        Path badId = config("kiosk_id: ../etc\n");
        assertThat(CommandRun.of("check-config", badId.toString()).out()).contains("kiosk_id: 只能用小写字母");
    }

    @Test
    void aReportStaysWithinItsBoundHoweverManySearchesFoundNothing() throws Exception {
        List<KioskReport.DayUsage> usage = new ArrayList<>();
        List<KioskReport.Unfound> unfound = new ArrayList<>();
        for (int d = 0; d < KioskReport.DAYS; d++) {
            String day = LocalDate.of(2026, 11, 29).minusDays(d).toString();
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("view", 1000);
            counts.put("search_miss", 500);
            usage.add(new KioskReport.DayUsage(day, counts));
            for (int q = 0; q < KioskReport.UNFOUND_PER_DAY; q++) {
                unfound.add(new KioskReport.Unfound(day, "很长的搜索词".repeat(10) + q, 3));
            }
        }
        KioskReport big = new KioskReport("lixia-01", "大厅", "0.1.0", "2026-11-29T10:00:00+08:00", 5, "局",
                null, false, null, null, 1, 1, new KioskReport.Aids(true, true, true), null, usage, unfound);
        byte[] json = big.toJson();
        assertThat(json.length).isLessThanOrEqualTo(KioskReport.MAX_BYTES);
        KioskReport back = KioskReport.parse(json, "lixia-01.json");
        // the newest days stay; the oldest unfound days went first
        assertThat(back.unfound().get(0).day()).isEqualTo("2026-11-29");
        assertThat(back.unfound().size()).isLessThan(unfound.size());
        assertThat(back.unfound().get(0).query().codePointCount(0, back.unfound().get(0).query().length()))
                .isEqualTo(KioskReport.MAX_QUERY);
        assertThat(back.usage()).hasSize(KioskReport.DAYS);
        // one byte over the bound is refused before it is parsed, naming the file
        byte[] over = new byte[KioskReport.MAX_BYTES + 1];
        Arrays.fill(over, (byte) ' ');
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> KioskReport.parse(over, "x.json")))
                .hasMessageContaining("x.json").hasMessageContaining("报告过大");
        // a report under another name than its kiosk_id is refused
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> KioskReport.parse(json, "other.json")))
                .hasMessageContaining("other.json").hasMessageContaining("lixia-01");
        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("T10:00:00+08:00\",\n  \"at\"");
    }
}

package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncRecord;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip of the feed plus 200,000 empty entries (ZIP64): above the bound it is refused, naming the zip, before its
 * entries are read into memory, and the attempt is in the history; under a higher bound the entries the
 * manifest does not name are skipped and the feed applies. (A 1,000,000-entry zip at -Xmx512m meets the
 * default bound of {@code ZipFeedSource.DEFAULT_MAX_ENTRIES} the same way.)
 */
class ZipEntriesBoundTest {

    static final int JUNK = 200_000;

    @TempDir
    static Path tmp;

    static TestFeed feed;
    static Path zip;

    @BeforeAll
    static void makeZip() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        zip = tmp.resolve("many-entries.zip");
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip),
                1 << 20));
             Stream<Path> files = Files.walk(feed.dir())) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new ZipEntry(feed.dir().relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
            // Stored, not deflated: 200,000 deflaters would make the test slow, not the kiosk.
            for (int i = 0; i < JUNK; i++) {
                ZipEntry empty = new ZipEntry("junk/" + i);
                empty.setMethod(ZipEntry.STORED);
                empty.setSize(0);
                empty.setCompressedSize(0);
                empty.setCrc(0);
                out.putNextEntry(empty);
                out.closeEntry();
            }
        }
    }

    @AfterAll
    static void forget() {
        feed = null;
    }

    SyncReport syncZip(Path data, int maxEntries) throws Exception {
        Path config = feed.writeConfig(data.resolveSibling(data.getFileName() + "-config"), feed.dir().toString(), data);
        try (Mirror mirror = Mirror.open(data)) {
            SyncService service = new SyncService(ConfigLoader.load(config), mirror,
                    SyncOptions.DEFAULT.withMaxZipEntries(maxEntries));
            SyncReport report = service.sync(zip.toString(), SyncService.TRIGGER_USB, SyncProgress.Listener.NONE,
                    () -> false);
            SyncRecord last = mirror.history().last().orElseThrow();
            assertThat(last.outcome()).isEqualTo(report.outcome());
            assertThat(last.reasonKey()).isEqualTo(report.reasonKey());
            return report;
        }
    }

    @Test
    void aZipWithMoreEntriesThanTheBoundIsRefusedNamingIt() throws Exception {
        SyncReport report = syncZip(tmp.resolve("data-refused"), 100_000);
        assertThat(report.outcome()).isEqualTo(SyncOutcome.REFUSED);
        assertThat(report.reasonKey()).isEqualTo("zip.tooManyEntries");
        assertThat(report.reason()).contains(zip.toString()).contains("100000");
    }

    @Test
    void underTheBoundTheEntriesTheManifestDoesNotNameAreSkipped() throws Exception {
        SyncReport report = syncZip(tmp.resolve("data-applied"), JUNK + 1000);
        assertThat(report.outcome()).as(String.valueOf(report.reason())).isEqualTo(SyncOutcome.APPLIED);
        assertThat(report.newItems()).isGreaterThanOrEqualTo(20);
    }

}

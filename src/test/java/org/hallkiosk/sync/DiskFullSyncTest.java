package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncRecord;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.MirrorSnapshot;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder on a real 8 MiB tmpfs that fills up during a sync: while an attachment downloads, and while the
 * database is written. Every case says 磁盘空间不足, closes its history row, keeps the mirror whole, and a retry
 * after space is freed needs only the space still missing. Mounting needs root (CI runs as root); where it is
 * refused the test is skipped saying so.
 */
class DiskFullSyncTest {

    static final long MIB = 1024 * 1024;

    @TempDir
    Path tmp;

    Path mount;
    Path data;
    TestFeed feed;
    Mirror mirror;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        mount = Files.createDirectories(tmp.resolve("small-disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(30, TimeUnit.SECONDS);
        String said = new String(p.getInputStream().readAllBytes());
        Assumptions.assumeTrue(done && p.exitValue() == 0,
                "cannot mount an 8 MiB tmpfs here (needs root, as CI has): " + said.strip());
        data = mount.resolve("data");
        feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        mirror = Mirror.open(data);
        assertThat(sync(unlimited()).outcome()).isEqualTo(SyncOutcome.APPLIED);
    }

    @AfterEach
    void unmount() throws Exception {
        if (mirror != null) {
            mirror.close();
        }
        if (data != null) {
            new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The check before a sync believes there is room, so the disk fills up in the middle of it. */
    static SyncOptions unlimited() {
        return SyncOptions.DEFAULT.withFreeSpace(dir -> Long.MAX_VALUE).withReserveBytes(0);
    }

    /** The real free space, and no reserve: an 8 MiB disk could never keep the usual 64 MiB free. */
    static SyncOptions real() {
        return SyncOptions.DEFAULT.withReserveBytes(0);
    }

    SyncReport sync(SyncOptions options) {
        try {
            return new SyncEngine(mirror, feed.publicKey(), options)
                    .run(new FolderFeedSource(feed.dir()), "test", SyncProgress.Listener.NONE, () -> false);
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }

    Path fill(long leaveFree) throws IOException {
        Path filler = mount.resolve("filler");
        long free = Files.getFileStore(mount).getUsableSpace();
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written + block.length <= free - leaveFree; written += block.length) {
                out.write(block);
            }
        }
        return filler;
    }

    void assertDiskFullRecorded(SyncReport report, MirrorSnapshot before) throws IOException {
        assertThat(report.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(report.reasonKey()).isEqualTo("sync.diskFull");
        assertThat(report.reason()).contains("磁盘空间不足").contains(data.toString());
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
        List<SyncRecord> history = mirror.history().recent(10);
        assertThat(history.get(0).outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(history.get(0).reason()).contains("磁盘空间不足");
        assertThat(history).extracting(SyncRecord::outcome).doesNotContain(SyncOutcome.RUNNING);
        Path config = feed.writeConfig(tmp.resolve("kiosk-config"), feed.dir().toString(), data);
        JsonNode status = CommandRun.statusJson(config, data);
        assertThat(status.at("/last_sync/reason_key").asText()).isEqualTo("sync.diskFull");
    }

    @Test
    void theDiskFillingDuringADownloadIsDiskFullAndTheRetryNeedsOnlyWhatIsMissing() throws IOException {
        MirrorSnapshot before = MirrorSnapshot.of(mirror);
        byte[] attachment = new byte[(int) (5 * MIB)];
        new Random(5).nextBytes(attachment);
        feed.putFile("big.pdf", attachment);
        feed.putItem(TestFeed.attach(TestFeed.notice("tzgg-disk-new", "大附件通知（示例）", "tzgg"), "big.pdf", "附件",
                "original"));
        feed.publish(2);
        Path filler = fill(3 * MIB);

        assertDiskFullRecorded(sync(unlimited()), before);

        // The space the filler took is freed. The leftover of the failed run is either reused (and then counted
        // as already there) or was cleaned to close the history row; counted twice, the retry would be refused.
        Files.delete(filler);
        Path part = data.resolve("staging/files").resolve(feed.manifest().files().stream()
                .filter(f -> f.size() == attachment.length).findFirst().orElseThrow().sha256() + ".part");
        long leftover = Files.exists(part) ? Files.size(part) : 0;
        long usable = Files.getFileStore(mount).getUsableSpace();
        System.out.printf("leftover %d bytes, usable %d bytes, attachment %d bytes%n", leftover, usable,
                attachment.length);
        if (leftover > 0) {
            assertThat(usable).as("counted again, the leftover would not fit").isLessThan(attachment.length);
        }
        SyncReport retry = sync(real());
        assertThat(retry.outcome()).as(String.valueOf(retry.reason())).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().item("tzgg-disk-new")).isPresent();
    }

    @Test
    void theDiskFillingWhileTheDatabaseIsWrittenIsDiskFull() throws IOException {
        MirrorSnapshot before = MirrorSnapshot.of(mirror);
        // Items large enough that writing them into the database's WAL does not fit in what is left free (a
        // folder's items are read inside the apply, not staged). Leaving one and a half times their size free
        // stopped being too little once the full-text rows went in in rowid order: the WAL needs less now.
        for (int i = 0; i < 10; i++) {
            var notice = TestFeed.notice("tzgg-disk-" + i, "大条目通知（示例）" + i, "tzgg");
            notice.put("body", "大条目正文。".repeat(6_500) + i);
            feed.putItem(notice);
        }
        feed.publish(2);
        long itemBytes = feed.manifest().items().stream().filter(e -> e.id().startsWith("tzgg-disk-"))
                .mapToLong(e -> e.size()).sum();
        Path filler = fill(itemBytes / 2);

        assertDiskFullRecorded(sync(unlimited()), before);

        Files.delete(filler);
        SyncReport retry = sync(real());
        assertThat(retry.outcome()).as(String.valueOf(retry.reason())).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().item("tzgg-disk-9")).isPresent();
    }
}

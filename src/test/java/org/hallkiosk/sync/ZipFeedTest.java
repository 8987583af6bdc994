package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncRecord;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.testing.MirrorSnapshot;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed packed in a zip, as staff bring it on a USB drive: both layouts sync; an entry that escapes is refused. */
class ZipFeedTest {

    @TempDir
    Path tmp;

    TestFeed feed;
    Mirror mirror;
    SyncService service;

    @BeforeEach
    void setUp() throws Exception {
        feed = TestFeed.fromSample(tmp.resolve("publisher"));
        Path data = tmp.resolve("data");
        mirror = Mirror.open(data);
        Path config = feed.writeConfig(tmp.resolve("kiosk-config"), feed.dir().toString(), data);
        service = new SyncService(ConfigLoader.load(config), mirror, SyncOptions.DEFAULT);
    }

    @AfterEach
    void tearDown() {
        mirror.close();
    }

    SyncReport syncZip(Path zip) {
        return service.sync(zip.toString(), SyncService.TRIGGER_USB, SyncProgress.Listener.NONE, () -> false);
    }

    @Test
    void aZipWithTheFeedAtItsRootSyncs() throws IOException {
        feed.publish(1);
        SyncReport report = syncZip(zip(tmp.resolve("feed.zip"), "", List.of()));
        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().sequence()).isEqualTo(1);
        assertThat(mirror.items().counts().items()).isEqualTo(report.newItems()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void aZipOfTheFeedFolderItselfSyncs() throws IOException {
        feed.publish(1);
        SyncReport report = syncZip(zip(tmp.resolve("feed.zip"), "hall-feed-2024/", List.of()));
        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().counts().files()).isEqualTo(report.files()).isPositive();
    }

    @Test
    void anEntryOutsideTheRootIsRefusedAndTheMirrorKept() throws IOException {
        MirrorSnapshot before = appliedFirst();
        Path zip = zip(tmp.resolve("evil.zip"), "", List.of(new Extra("../../outside.txt", "x", false)));
        assertRefused(syncZip(zip), before, "zip.outsideRoot", "../../outside.txt");
        assertThat(tmp.resolve("outside.txt")).doesNotExist();
    }

    @Test
    void aSymlinkEntryIsRefusedAndTheMirrorKept() throws IOException {
        MirrorSnapshot before = appliedFirst();
        Path zip = zip(tmp.resolve("link.zip"), "", List.of(new Extra("items/zz-link.json", "/etc/passwd", true)));
        assertRefused(syncZip(zip), before, "zip.symlink", "items/zz-link.json");
    }

    MirrorSnapshot appliedFirst() throws IOException {
        feed.publish(1);
        assertThat(syncZip(zip(tmp.resolve("first.zip"), "", List.of())).outcome()).isEqualTo(SyncOutcome.APPLIED);
        MirrorSnapshot before = MirrorSnapshot.of(mirror);
        feed.putItem(TestFeed.notice("tzgg-zip-new", "U盘导入的通知（示例）", "tzgg"));
        feed.publish(2);
        return before;
    }

    void assertRefused(SyncReport report, MirrorSnapshot before, String key, String entry) throws IOException {
        assertThat(report.outcome()).isEqualTo(SyncOutcome.REFUSED);
        assertThat(report.reasonKey()).isEqualTo(key);
        assertThat(report.reason()).contains(entry);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
        SyncRecord last = mirror.history().last().orElseThrow();
        assertThat(last.outcome()).isEqualTo(SyncOutcome.REFUSED);
        assertThat(last.reasonKey()).isEqualTo(key);
        // The same publication, zipped cleanly, goes through.
        assertThat(syncZip(zip(tmp.resolve("clean.zip"), "", List.of())).outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().item("tzgg-zip-new")).isPresent();
    }

    /** An entry added after the feed's own files: a plain file, or a symbolic link whose target is {@code text}. */
    record Extra(String name, String text, boolean symlink) {
    }

    /** Zips the published feed under {@code prefix} ("" or "folder/"), then the extra entries. */
    Path zip(Path zip, String prefix, List<Extra> extras) throws IOException {
        Files.deleteIfExists(zip);
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip);
             Stream<Path> files = Files.walk(feed.dir())) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putArchiveEntry(new ZipArchiveEntry(prefix + feed.dir().relativize(p).toString()
                        .replace('\\', '/')));
                Files.copy(p, out);
                out.closeArchiveEntry();
            }
            for (Extra extra : extras) {
                ZipArchiveEntry entry = new ZipArchiveEntry(extra.name());
                if (extra.symlink()) {
                    entry.setUnixMode(UnixStat.LINK_FLAG | 0777);
                }
                out.putArchiveEntry(entry);
                out.write(extra.text().getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        return zip;
    }
}

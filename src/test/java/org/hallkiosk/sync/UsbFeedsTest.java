package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds on USB drives: folders and zips holding a manifest.json, a few levels under the mount root. */
class UsbFeedsTest {

    @TempDir
    Path media;

    @Test
    void findsFeedFoldersAndZipsButNotOtherFiles() throws IOException {
        Path folder = Files.createDirectories(media.resolve("staff/DRIVE/feed"));
        Files.writeString(folder.resolve("manifest.json"), "{}");
        Files.createDirectories(media.resolve("staff/DRIVE/photos"));
        Path atRoot = zip(media.resolve("staff/DRIVE/feed-root.zip"), "manifest.json");
        Path inFolder = zip(media.resolve("staff/DRIVE/feed-folder.zip"), "feed/manifest.json");
        zip(media.resolve("staff/DRIVE/deep.zip"), "a/b/manifest.json");
        zip(media.resolve("staff/DRIVE/other.zip"), "readme.txt");
        Files.writeString(media.resolve("staff/DRIVE/broken.zip"), "not a zip");

        assertThat(UsbFeeds.find(media)).containsExactly(folder, inFolder, atRoot);
        assertThat(UsbFeeds.find(media.resolve("no-such-folder"))).isEmpty();
    }

    private static Path zip(Path file, String entry) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("{}".getBytes());
            zip.closeEntry();
        }
        return file;
    }
}

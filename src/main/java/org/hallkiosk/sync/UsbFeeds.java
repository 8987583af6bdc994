package org.hallkiosk.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Feeds on USB drives: folders and .zip files under the mount root (a few levels down, as /media/USER/DRIVE/feed)
 * that hold a manifest.json. Found by looking only; they are verified like any feed when staff import one.
 */
public final class UsbFeeds {

    /** /media, /media/USER, /media/USER/DRIVE, /media/USER/DRIVE/FOLDER. */
    private static final int DEPTH = 4;
    private static final String MANIFEST = "manifest.json";

    private UsbFeeds() {
    }

    /** The feeds under {@code mountRoot}, sorted; empty when there is no such folder or no drive. */
    public static List<Path> find(Path mountRoot) {
        List<Path> out = new ArrayList<>();
        if (mountRoot == null || !Files.isDirectory(mountRoot)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(mountRoot, DEPTH)) {
            walk.filter(p -> !p.equals(mountRoot)).filter(UsbFeeds::isFeed).sorted().forEach(out::add);
        } catch (IOException | UncheckedIOException e) {
            // A drive pulled out while we look: offer what was found so far.
        }
        return out;
    }

    static boolean isFeed(Path p) {
        if (Files.isDirectory(p)) {
            return Files.isRegularFile(p.resolve(MANIFEST));
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".zip") || !Files.isRegularFile(p)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(p.toFile())) {
            // At the root, or inside one top folder (someone zipped the feed folder itself).
            return zip.stream().map(e -> e.getName()).anyMatch(n -> n.equals(MANIFEST)
                    || n.endsWith("/" + MANIFEST) && n.indexOf('/') == n.length() - MANIFEST.length() - 1);
        } catch (IOException e) {
            return false;
        }
    }
}

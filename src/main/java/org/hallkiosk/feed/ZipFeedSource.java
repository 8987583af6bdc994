package org.hallkiosk.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A feed packed in a zip. The whole archive is checked when it is opened: an entry whose path leaves the
 * root (absolute, or with {@code ..}) or that is a symbolic link makes the zip refused. The feed may sit at
 * the root or, as when someone zips the feed folder itself, inside one top folder.
 */
public final class ZipFeedSource extends LocalFeedSource {

    /** Far more than any feed holds (items + files + folders), far fewer than would exhaust a kiosk's heap. */
    public static final int DEFAULT_MAX_ENTRIES = 250_000;

    private final Path zipPath;
    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();

    public ZipFeedSource(Path zipPath) throws IOException, FeedException {
        this(zipPath, DEFAULT_MAX_ENTRIES);
    }

    /** Opens a zip of at most {@code maxEntries} entries, counted before any is read into memory. */
    public ZipFeedSource(Path zipPath, int maxEntries) throws IOException, FeedException {
        if (!Files.isRegularFile(zipPath)) {
            throw new FeedException("feed.notFound", zipPath.toString());
        }
        this.zipPath = zipPath;
        long count = ZipEntryCount.count(zipPath, maxEntries);
        if (count > maxEntries) {
            throw new FeedException("zip.tooManyEntries", zipPath.toString(), Integer.toString(maxEntries));
        }
        try {
            this.zip = ZipFile.builder().setPath(zipPath).get();
        } catch (IOException e) {
            throw new FeedException(e, "zip.unreadable", zipPath.toString(), e.getMessage());
        }
        try {
            index();
        } catch (FeedException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * Checks every entry's path, then keeps only the entries a feed can name (the manifest, its signature,
     * items/{id}.json, files/{sha256}): anything else in the zip is skipped, not held.
     */
    private void index() throws FeedException {
        String root = "";
        var it = zip.getEntries();
        while (it.hasMoreElements()) {
            ZipArchiveEntry entry = it.nextElement();
            String name = entry.getName().replace('\\', '/');
            if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || List.of(name.split("/")).contains("..")) {
                throw new FeedException("zip.outsideRoot", zipPath.toString(), entry.getName());
            }
            if (entry.isUnixSymlink()) {
                throw new FeedException("zip.symlink", zipPath.toString(), entry.getName());
            }
            if (name.equals(FeedNames.MANIFEST)) {
                root = null;
            } else if (root != null && name.endsWith("/" + FeedNames.MANIFEST)
                    && name.indexOf('/') == name.lastIndexOf('/')) {
                root = name.substring(0, name.length() - FeedNames.MANIFEST.length());
            }
        }
        String prefix = root == null ? "" : root;
        var again = zip.getEntries();
        while (again.hasMoreElements()) {
            ZipArchiveEntry entry = again.nextElement();
            String name = entry.getName().replace('\\', '/');
            if (!entry.isDirectory() && name.startsWith(prefix) && isFeedName(name.substring(prefix.length()))) {
                entries.put(name.substring(prefix.length()), entry);
            }
        }
    }

    private static boolean isFeedName(String relative) {
        if (relative.equals(FeedNames.MANIFEST) || relative.equals(FeedNames.SIGNATURE)) {
            return true;
        }
        String items = FeedNames.ITEMS_DIR + "/";
        if (relative.startsWith(items) && relative.endsWith(".json")) {
            return FeedNames.isValidId(relative.substring(items.length(), relative.length() - ".json".length()));
        }
        String files = FeedNames.FILES_DIR + "/";
        return relative.startsWith(files) && FeedNames.isValidSha256(relative.substring(files.length()));
    }

    @Override
    public String describe() {
        return zipPath.toAbsolutePath().normalize().toString();
    }

    @Override
    protected InputStream open(String relativePath) throws IOException {
        ZipArchiveEntry entry = entries.get(relativePath);
        return entry == null ? null : zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}

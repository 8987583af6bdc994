package org.hallkiosk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.feed.Manifest;

/**
 * The items of a first sync over HTTP, read from the publication's downloaded packs during the apply, as a
 * folder's are: no file written to staging for each of thousands of items, read back, checked again and
 * deleted. An entry the packs lack, or one that does not match its manifest entry, is fetched on its own from
 * the feed's server instead, as without a pack; the apply then checks every item as for any source. Its
 * readers are the apply's worker threads at once ({@link ZipFile} reads entries from several threads).
 */
final class PackItems implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PackItems.class.getName());

    private final List<ZipFile> packs = new ArrayList<>();
    private final Map<String, Manifest.ItemEntry> entries;
    private final FeedSource server;

    /** Opens the packs that read as zips; one that does not is skipped (its items are fetched singly). */
    PackItems(List<Path> downloaded, Map<String, Manifest.ItemEntry> entries, FeedSource server) throws IOException {
        this.entries = entries;
        this.server = server;
        for (Path pack : downloaded) {
            try {
                packs.add(new ZipFile(pack.toFile()));
            } catch (ZipException e) {
                LOG.log(Level.WARNING, "pack " + pack.getFileName() + " is not a readable zip; its items are"
                        + " fetched singly", e);
            }
        }
    }

    /** The item's bytes: from a pack when one holds them exactly as the manifest says, else from the server. */
    byte[] item(String id, long maxBytes) throws IOException, FeedException {
        Manifest.ItemEntry entry = entries.get(id);
        String name = FeedNames.itemPath(id);
        for (ZipFile zip : packs) {
            ZipEntry zipEntry = zip.getEntry(name);
            if (zipEntry == null) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = zip.getInputStream(zipEntry)) {
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, FeedNames.MAX_ITEM_BYTES + 1));
            }
            if (entry != null && bytes.length == entry.size() && Hashes.sha256(bytes).equals(entry.sha256())) {
                return bytes;
            }
            LOG.warning(() -> "pack entry " + name + " does not match the manifest: refused, the item is fetched"
                    + " on its own");
        }
        return server.fetchItem(id, maxBytes);
    }

    @Override
    public void close() {
        for (ZipFile zip : packs) {
            try {
                zip.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not close a pack", e);
            }
        }
    }
}

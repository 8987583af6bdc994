package org.hallkiosk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.function.Function;
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
import org.hallkiosk.mirror.FileStore;

/**
 * What a sync takes from a publication's pack (feed format additions) before its apply: the attachments it
 * still lacks, taken out one by one, each checked against the manifest's hash and size before it is kept; an
 * entry that does not match is refused and its file then fetched on its own, as without a pack. The pack's
 * items are read by the apply itself ({@link PackItems}). Entries the manifest does not name, or that the
 * kiosk already holds, are never read. A pack adds speed, not trust.
 */
final class PackStage {

    /** A kiosk that lacks more than this share of a publication's items fetches its packs. */
    static final double LACKING_SHARE = 0.5;

    private static final Logger LOG = Logger.getLogger(PackStage.class.getName());

    /** What a pack gave: attachments kept, entries refused. */
    record Result(int files, int refused) {
    }

    private PackStage() {
    }

    /** Throws when the copy is to stop (its thread interrupted: the apply failed or was cancelled). */
    @FunctionalInterface
    interface Checkpoint {
        void check() throws FeedException, IOException;
    }

    /**
     * Whether a sync that lacks {@code lacking} items should fetch the packs: only from a source where single
     * files cost a round trip each (HTTP), and only when most of the publication is missing.
     */
    static boolean worthIt(FeedSource source, Manifest manifest, int lacking) {
        return !source.local() && !manifest.packs().isEmpty() && lacking > 0
                && lacking > manifest.items().size() * LACKING_SHARE;
    }

    /**
     * Takes the attachments this sync lacks out of a downloaded pack.
     *
     * @param missing the attachments to fetch, by hash
     * @param partOf where an attachment is written to before it is checked
     */
    static Result unpackFiles(Path pack, Map<String, Manifest.FileEntry> missing,
                              Function<Manifest.FileEntry, Path> partOf, FileStore files, Checkpoint checkpoint)
            throws IOException, FeedException {
        int filesTaken = 0;
        int refused = 0;
        try (ZipFile zip = new ZipFile(pack.toFile())) {
            for (Manifest.FileEntry f : missing.values()) {
                checkpoint.check();
                ZipEntry entry = zip.getEntry(FeedNames.filePath(f.sha256()));
                if (entry == null || files.has(f.sha256())) {
                    continue;
                }
                Path part = partOf.apply(f);
                if (copyChecked(zip, entry, f, part)) {
                    files.putVerified(f.sha256(), part);
                    filesTaken++;
                } else {
                    Files.deleteIfExists(part);
                    refused++;
                    LOG.warning(() -> "pack entry " + entry.getName() + " does not match the manifest: refused,"
                            + " the file is fetched on its own");
                }
            }
        } catch (ZipException e) {
            // Not a readable zip (a torn copy, a publisher's mistake): everything is fetched on its own.
            LOG.log(Level.WARNING, "pack " + pack.getFileName() + " is not a readable zip; fetching single files", e);
        }
        return new Result(filesTaken, refused);
    }

    /** Copies an entry to {@code part}, hashing on the way; true when it is exactly the manifest's file. */
    private static boolean copyChecked(ZipFile zip, ZipEntry entry, Manifest.FileEntry f, Path part)
            throws IOException {
        MessageDigest digest = Hashes.sha256Digest();
        long total = 0;
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(part)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > f.size()) {
                    return false;
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return total == f.size() && Hashes.hex(digest).equals(f.sha256());
    }
}

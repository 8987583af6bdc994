package org.hallkiosk.feed;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Where a feed's bytes come from: an HTTP(S) server, a folder or a zip. A source only delivers bytes;
 * all checking (signature, hashes, sizes, fields) is done once, by the sync engine, for every kind.
 */
public interface FeedSource extends Closeable {

    /** The URL or path, as staff should read it in the history. */
    String describe();

    /**
     * Fetches manifest.json, at most {@link FeedNames#MAX_MANIFEST_BYTES}. A source that can tell that
     * nothing changed since {@code previous} (HTTP 304) answers {@link ManifestResponse#notModified}.
     */
    ManifestResponse fetchManifest(Validators previous) throws IOException, FeedException;

    /** Fetches manifest.json.sig. */
    byte[] fetchSignature() throws IOException, FeedException;

    /** Fetches items/{id}.json, refusing it once it passes {@code maxBytes}. */
    byte[] fetchItem(String id, long maxBytes) throws IOException, FeedException;

    /**
     * Writes files/{sha256} to {@code target}, refusing more than {@code size} bytes. When {@code target}
     * already holds the first part of the file (an interrupted download), a source that can resume does.
     */
    void fetchFile(String sha256, long size, Path target, LongConsumer bytesArrived) throws IOException, FeedException;

    /**
     * As {@link #fetchFile}, and the SHA-256 (lower-case hex) of what {@code target} then holds when the source
     * worked it out on the way, as a local copy written whole does; null when it did not (a download that
     * resumed), and the caller reads {@code target} again to hash it.
     */
    default String fetchFileHashing(String sha256, long size, Path target, LongConsumer bytesArrived)
            throws IOException, FeedException {
        fetchFile(sha256, size, target, bytesArrived);
        return null;
    }

    /**
     * Lets {@code guard} stop this source's transfers (cancel, deadline, too slow). A source whose reads cannot
     * block for long (a folder, a zip) may ignore it; the engine also checks the guard between steps.
     */
    default void guardWith(TransferGuard guard) {
    }

    /**
     * A source on this machine (a folder, a zip, the copy inside the jar): reading an item again costs no more
     * than reading a staged copy, so a sync does not stage its items, and single files cost no round trip, so
     * it does not fetch packs.
     */
    default boolean local() {
        return false;
    }

    @Override
    default void close() throws IOException {
    }

    /** What identifies the last manifest seen (HTTP validators); empty for sources that have none. */
    record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** The manifest's bytes, or none when the source says it has not changed. */
    record ManifestResponse(byte[] bytes, Validators validators) {
        public static ManifestResponse notModified(Validators validators) {
            return new ManifestResponse(null, validators);
        }

        public boolean isNotModified() {
            return bytes == null;
        }
    }
}

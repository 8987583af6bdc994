package org.hallkiosk.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** A feed whose files can be opened by relative name: a folder, a zip, the copy inside the jar. */
abstract class LocalFeedSource implements FeedSource {

    /** Opens {@code relativePath} (already checked to be a feed name), or null when it is not there. */
    protected abstract InputStream open(String relativePath) throws IOException, FeedException;

    @Override
    public boolean local() {
        return true;
    }

    @Override
    public ManifestResponse fetchManifest(Validators previous) throws IOException, FeedException {
        return new ManifestResponse(read(FeedNames.MANIFEST, FeedNames.MAX_MANIFEST_BYTES), Validators.NONE);
    }

    @Override
    public byte[] fetchSignature() throws IOException, FeedException {
        return read(FeedNames.SIGNATURE, FeedNames.MAX_SIGNATURE_BYTES);
    }

    @Override
    public byte[] fetchItem(String id, long maxBytes) throws IOException, FeedException {
        return read(FeedNames.itemPath(id), maxBytes);
    }

    @Override
    public void fetchFile(String sha256, long size, Path target, LongConsumer bytesArrived)
            throws IOException, FeedException {
        fetchFileHashing(sha256, size, target, bytesArrived);
    }

    /** Copies the file whole and hashes it on the way: the caller need not read the copy again to check it. */
    @Override
    public String fetchFileHashing(String sha256, long size, Path target, LongConsumer bytesArrived)
            throws IOException, FeedException {
        String name = FeedNames.filePath(sha256);
        MessageDigest digest = Hashes.sha256Digest();
        try (InputStream in = openRequired(name);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE,
                     StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > size) {
                    throw new FeedException("feed.largerThanStated", name, Long.toString(size));
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                bytesArrived.accept(n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private byte[] read(String name, long max) throws IOException, FeedException {
        try (InputStream in = openRequired(name)) {
            return BoundedRead.readAll(in, max, name);
        }
    }

    private InputStream openRequired(String name) throws IOException, FeedException {
        InputStream in = open(name);
        if (in == null) {
            throw new FeedException("feed.missingFile", describe(), name);
        }
        return in;
    }
}

package org.hallkiosk.feed;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a publication's pack (feed format additions): one zip of {@code items/<id>.json} (compressed) and
 * {@code files/<sha256>} (stored as they are: attachments are PDFs and pictures that do not shrink), kept like
 * an attachment under {@code files/<sha256 of the zip>}. Every entry has the same fixed time, so the same
 * publication gives the same bytes and a CDN keeps serving the copy it has.
 */
final class PackWriter implements AutoCloseable {

    static final String MEDIA_TYPE = "application/zip";
    private static final long ENTRY_TIME = 946_684_800_000L; // 2000-01-01, any fixed moment

    private final Path filesOut;
    private final Path tmp;
    private final MessageDigest digest = Hashes.sha256Digest();
    private final ZipOutputStream zip;
    private boolean finished;

    /** Starts {@code filesOut/pack.tmp}; items go in one by one, so no publication is held whole in memory. */
    private PackWriter(Path filesOut) throws IOException {
        this.filesOut = filesOut;
        this.tmp = filesOut.resolve("pack.tmp");
        OutputStream raw = Files.newOutputStream(tmp);
        this.zip = new ZipOutputStream(new BufferedOutputStream(new DigestOutputStream(raw, digest), 256 * 1024));
        zip.setLevel(Deflater.BEST_SPEED);
    }

    static PackWriter start(Path filesOut) throws IOException {
        return new PackWriter(filesOut);
    }

    /**
     * @param itemBytes item file names ({@code <id>.json}) and their exact bytes, as published
     * @param files attachment hashes and where their bytes are
     * @return the pack's line for the manifest
     */
    static Manifest.FileEntry write(Map<String, byte[]> itemBytes, Map<String, Path> files, Path filesOut)
            throws IOException {
        try (PackWriter pack = start(filesOut)) {
            for (var e : itemBytes.entrySet()) {
                pack.addItem(e.getKey(), e.getValue());
            }
            return pack.finish(files);
        }
    }

    /** One item file ({@code <id>.json}) with its exact bytes, as published. */
    void addItem(String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(FeedNames.ITEMS_DIR + "/" + name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Adds the attachments (hash and where their bytes are) after the items and names the pack by its hash. */
    Manifest.FileEntry finish(Map<String, Path> files) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (var e : files.entrySet()) {
            ZipEntry entry = new ZipEntry(FeedNames.FILES_DIR + "/" + e.getKey());
            entry.setTime(ENTRY_TIME);
            entry.setMethod(ZipEntry.STORED);
            long size = Files.size(e.getValue());
            entry.setSize(size);
            entry.setCompressedSize(size);
            entry.setCrc(crc(e.getValue(), buffer));
            zip.putNextEntry(entry);
            try (InputStream in = Files.newInputStream(e.getValue())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.close();
        finished = true;
        String hash = Hashes.hex(digest);
        long size = Files.size(tmp);
        Files.move(tmp, filesOut.resolve(hash), StandardCopyOption.REPLACE_EXISTING);
        return new Manifest.FileEntry(hash, size, MEDIA_TYPE);
    }

    /** A pack not finished (publish failed half way) leaves no temporary file behind. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            zip.close();
            Files.deleteIfExists(tmp);
        }
    }

    private static long crc(Path file, byte[] buffer) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }
}

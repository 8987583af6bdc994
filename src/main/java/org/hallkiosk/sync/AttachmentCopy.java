package org.hallkiosk.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.mirror.FileStore;

/**
 * The attachments a local source's publication lacks, or a first sync's packs hold, copied and checked on a
 * thread of their own while the apply writes the items (the copy waits on the disk, the apply on the
 * processor). The apply commits only after {@link #awaitCopied} says every one is in; {@link #close} stops the
 * copy and waits for its thread to end.
 */
final class AttachmentCopy implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AttachmentCopy.class.getName());

    private final List<Manifest.FileEntry> files;
    private final FileStore store;
    private final ExecutorService thread;
    private final Future<Long> copied;

    private AttachmentCopy(SyncStager stager, FeedSource source, List<Path> packs, List<Manifest.FileEntry> files,
                           FileStore store) {
        this.files = files;
        this.store = store;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sync-attachments");
            t.setDaemon(true);
            return t;
        });
        this.copied = thread.submit(() -> stager.copyFiles(source, packs, files));
    }

    /** Starts copying {@code files}: first out of {@code packs} (downloaded whole), the rest from the source. */
    static AttachmentCopy start(SyncStager stager, FeedSource source, List<Path> packs,
                                List<Manifest.FileEntry> files, FileStore store) {
        return new AttachmentCopy(stager, source, packs, files, store);
    }

    /** How many files were to be copied. */
    int count() {
        return files.size();
    }

    /** Waits for the copy; the bytes copied, or why a file could not be (the same refusal as when staged). */
    long awaitCopied() throws IOException, FeedException {
        return SyncAttempt.await(copied);
    }

    /**
     * After a rolled-back apply (the copy stopped first, by {@link #close}): removes what was copied that the
     * mirror does not name, so the file store holds what it held before. A failure is logged: a stray file
     * changes nothing the kiosk shows, and the next successful sync removes it.
     */
    void removeCopied(Set<String> named) {
        for (Manifest.FileEntry f : files) {
            if (!named.contains(f.sha256())) {
                try {
                    store.remove(f.sha256());
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not remove attachment " + f.sha256(), e);
                }
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.log(System.Logger.Level.WARNING, "the attachment copy did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

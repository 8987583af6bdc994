package org.hallkiosk.sync;

import java.nio.file.Path;
import java.util.List;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.TransferGuard;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncReport;

/**
 * One run of a sync, handed from step to step (plan, stage, apply): its source and guard, the plan once there is
 * one, and the counts done so far, from which come the progress pulses and the report. Used on the sync's own
 * thread only; the stager's fetch threads never touch it.
 */
final class SyncAttempt {

    /** Thrown between steps when staff cancel. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    private final FeedSource source;
    private final SyncProgress.Listener listener;
    private final BooleanSupplier cancelled;
    private final long before;
    private final TransferGuard guard;
    private SyncPlan plan;
    /** Downloaded packs whose items the apply reads (a first sync over HTTP); none otherwise. */
    private List<Path> packs = List.of();
    private int itemsDone;
    private int filesDone;
    private long bytesDone;

    SyncAttempt(FeedSource source, SyncProgress.Listener listener, BooleanSupplier cancelled, long before,
                TransferGuard guard) {
        this.source = source;
        this.listener = listener;
        this.cancelled = cancelled;
        this.before = before;
        this.guard = guard;
    }

    FeedSource source() {
        return source;
    }

    /** The mirror's sequence when the attempt began. */
    long before() {
        return before;
    }

    TransferGuard guard() {
        return guard;
    }

    List<Path> packs() {
        return packs;
    }

    void readItemsFrom(List<Path> downloadedPacks) {
        this.packs = List.copyOf(downloadedPacks);
    }

    /** The plan, null until the manifest is admitted and something is to change. */
    SyncPlan plan() {
        return plan;
    }

    void plan(SyncPlan planned) {
        this.plan = planned;
    }

    /** An item fetched and verified; {@code downloaded} is 0 when it was reused from staging. */
    void itemDone(long downloaded) {
        bytesDone += downloaded;
        itemsDone++;
        progress(SyncProgress.Phase.DOWNLOADING_ITEMS);
    }

    void fileDone() {
        filesDone++;
        progress(SyncProgress.Phase.DOWNLOADING_FILES);
    }

    /** An item read, checked and written inside the apply (a local source): a pulse of the apply. */
    void itemApplied(long bytes) {
        bytesDone += bytes;
        itemsDone++;
        progress(SyncProgress.Phase.APPLYING);
    }

    /** Attachments copied beside the apply (a local source): counted without a pulse, the apply being under way. */
    void filesCopied(int files, long bytes) {
        filesDone += files;
        bytesDone += bytes;
    }

    /** Bytes come over the wire: a pulse each time another MiB is crossed, not one for every buffer. */
    void downloaded(long n, SyncProgress.Phase phase) {
        bytesDone += n;
        if (n > 0 && (bytesDone & 0xFFFFF) < n) {
            progress(phase);
        }
    }

    /** Throws when staff cancelled, the thread is interrupted, or the guard stopped the transfer. */
    void checkCancelled() throws FeedException {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
        guard.check();
    }

    void progress(SyncProgress.Phase phase) {
        int itemsTotal = plan == null ? 0 : plan.newItems().size() + plan.changedItems().size();
        int filesTotal = plan == null ? 0 : plan.missingFiles().size();
        long bytesTotal = plan == null ? 0 : plan.downloadBytes();
        listener.onProgress(new SyncProgress(phase, itemsDone, itemsTotal, filesDone, filesTotal, bytesDone,
                bytesTotal));
    }

    /** The report of this attempt; only an applied one counts what changed, and only it moves the sequence. */
    SyncReport report(SyncOutcome outcome, long after, String reasonKey, String reason) {
        boolean applied = outcome == SyncOutcome.APPLIED;
        return new SyncReport(outcome, source.describe(), before, applied ? after : before,
                applied ? plan.newItems().size() : 0, applied ? plan.changedItems().size() : 0,
                applied ? plan.withdrawn().size() : 0, filesDone, bytesDone, reasonKey, reason);
    }

    /** Ended by this failure kind, with the exception's own key and words. */
    SyncReport failed(SyncOutcome outcome, FeedException why) {
        return report(outcome, before, why.key(), why.getMessage());
    }

    /**
     * The result of a step's background work, or its failure as the step would have thrown it (a feed's refusal,
     * an I/O error, a fault of ours); an interrupted wait is a cancel.
     */
    static <T> T await(Future<T> future) throws IOException, FeedException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FeedException fe) {
                throw fe;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        }
    }
}

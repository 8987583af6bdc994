package org.hallkiosk.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.feed.FailureKind;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.feed.TransferGuard;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.FeedState;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.MirrorException;
import org.hallkiosk.mirror.SyncHistory;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncReport;

/**
 * Brings the mirror to a feed's current publication, all or nothing, in three steps that share one
 * {@link SyncAttempt}: plan ({@link SyncPlanner}: the signature first, then expiry and the sequence guard, then
 * what would change), stage ({@link SyncStager}: every new or changed item and missing file fetched and verified),
 * apply ({@link SyncApplier}: one transaction swaps the new state in). This class holds the lock, the history row
 * and the transfer guard around them, and turns whatever ended the attempt into its report. Whatever fails, the
 * mirror keeps the publication it had, whole, and the history says what failed and where.
 */
public final class SyncEngine {

    private static final System.Logger LOG = System.getLogger(SyncEngine.class.getName());

    private final Mirror mirror;
    private final SyncPlanner planner;
    private final SyncStager stager;
    private final SyncApplier applier;
    private final StagingArea staging;
    private final SyncOptions options;

    public SyncEngine(Mirror mirror, PublicKey publisherKey, SyncOptions options) {
        this.mirror = mirror;
        this.planner = new SyncPlanner(mirror, publisherKey, options.clock());
        this.staging = new StagingArea(mirror.dataDir());
        this.stager = new SyncStager(mirror, options, staging);
        this.applier = new SyncApplier(mirror, staging, stager, planner.keyFingerprint());
        this.options = options;
    }

    public SyncOptions options() {
        return options;
    }

    /** Runs one sync from {@code source}; never throws, the report and the history say how it went. */
    public SyncReport run(FeedSource source, String trigger, SyncProgress.Listener listener, BooleanSupplier cancelled) {
        Optional<SyncLock> lock;
        try {
            lock = SyncLock.tryAcquire(mirror.dataDir());
        } catch (IOException e) {
            lock = Optional.empty();
        }
        if (lock.isEmpty()) {
            return new SyncReport(SyncOutcome.FAILED, source.describe(), -1, -1, 0, 0, 0, 0, 0, "sync.busy",
                    Messages.get("sync.busy"));
        }
        try (SyncLock held = lock.get()) {
            return runLocked(source, trigger, listener, cancelled);
        } catch (IOException e) {
            return new SyncReport(SyncOutcome.FAILED, source.describe(), -1, -1, 0, 0, 0, 0, 0, "sync.io",
                    Messages.get("sync.io", e.getMessage()));
        } catch (MirrorException e) {
            // the history itself failed (before or after the attempt): the attempt may not be on record
            BackgroundFailures.report("sync history", e);
            return new SyncReport(SyncOutcome.FAILED, source.describe(), -1, -1, 0, 0, 0, 0, 0, "sync.mirror",
                    Messages.get("sync.mirror", e.getMessage()));
        } catch (RuntimeException e) {
            BackgroundFailures.report("sync", e);
            return new SyncReport(SyncOutcome.FAILED, source.describe(), -1, -1, 0, 0, 0, 0, 0, "sync.unexpected",
                    Messages.get("sync.unexpected", e.getClass().getSimpleName()));
        }
    }

    /**
     * Records as interrupted the attempts a dead process left running (kill -9, power cut), unless a sync is
     * running now; returns how many. So that {@code status} never reports a dead sync as still running.
     */
    public static int recordInterrupted(Mirror mirror) {
        try {
            Optional<SyncLock> lock = SyncLock.tryAcquire(mirror.dataDir());
            if (lock.isEmpty()) {
                return 0;
            }
            try (SyncLock held = lock.get()) {
                return markInterrupted(mirror);
            }
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Verifies a feed's manifest and tells what applying it would change, without changing anything:
     * what staff see before they apply a USB import.
     */
    public SyncPlan preview(FeedSource source) throws FeedException, IOException {
        Manifest manifest = planner.verifiedManifest(source.fetchManifest(FeedSource.Validators.NONE).bytes(),
                source.fetchSignature());
        return planner.plan(manifest, mirror.items().sequence());
    }

    /** What a sync ended by a failure of this kind records: FAILED is worth trying again, REFUSED is not. */
    static SyncOutcome outcomeOf(FailureKind kind) {
        return switch (kind) {
            case TRANSIENT -> SyncOutcome.FAILED;
            case PUBLISHER -> SyncOutcome.REFUSED;
        };
    }

    private SyncReport runLocked(FeedSource source, String trigger, SyncProgress.Listener listener,
                                 BooleanSupplier cancelled) {
        SyncHistory history = mirror.history();
        markInterrupted(mirror);
        long before = mirror.items().sequence();
        long historyId = history.begin(source.describe(), trigger, before);
        SyncReport report;
        // The guard closes blocked connections on cancel, at the deadline, or when a transfer crawls.
        try (TransferGuard guard = TransferGuard.start(cancelled, options.deadline(), options.stallWindow(),
                options.stallMinBytes())) {
            source.guardWith(guard);
            report = attemptReporting(new SyncAttempt(source, listener, cancelled, before, guard));
        } finally {
            source.guardWith(TransferGuard.NONE);
            flushLeftovers();
        }
        try {
            history.finish(historyId, report);
        } catch (MirrorException e) {
            // A disk too full even for the history row: free what staging holds and write it again, so the
            // attempt is never left "running" (later misread as a power cut).
            LOG.log(System.Logger.Level.WARNING, "could not close the sync history row; clearing staging", e);
            staging.deleteAllForRoom();
            history.finish(historyId, report);
        }
        return report;
    }

    /**
     * Marks the attempts a dead process left running as interrupted (the sync lock held). After a sync that
     * died before its commit (a power cut, kill -9), the attachments it had put in the store were never forced
     * to the disk and may have come back empty or short, and a later sync would trust their names: those the
     * mirror does not name are removed, and the next sync fetches them again.
     */
    private static int markInterrupted(Mirror mirror) {
        int interrupted = mirror.history().markInterrupted(Messages.get("sync.interrupted"));
        if (interrupted == 0) {
            return 0;
        }
        try {
            int removed = mirror.files().removeAllBut(mirror.items().fileHashes());
            if (removed > 0) {
                LOG.log(System.Logger.Level.INFO, "removed " + removed + " attachments an interrupted sync left");
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove what an interrupted sync left", e);
        }
        return interrupted;
    }

    /** What a failed sync leaves in the store is kept for the next one: on the disk, since that one trusts it. */
    private void flushLeftovers() {
        try {
            mirror.files().flush();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not force the attachments a sync left to the disk", e);
        }
    }

    /** Runs the steps, and turns whatever ended them into the report: a stop by the guard wins over what it caused. */
    private SyncReport attemptReporting(SyncAttempt attempt) {
        long before = attempt.before();
        try {
            return planStageApply(attempt);
        } catch (SyncAttempt.Cancelled e) {
            return attempt.report(SyncOutcome.CANCELLED, before, "sync.cancelled", Messages.get("sync.cancelled"));
        } catch (FeedException e) {
            if (attempt.guard().stopped() != null) {
                return stoppedReport(attempt);
            }
            if (e.key().equals("sync.cancelled")) { // 取消 woke the source's back-off
                return attempt.report(SyncOutcome.CANCELLED, before, "sync.cancelled", Messages.get("sync.cancelled"));
            }
            if (DiskFull.isDiskFull(e)) {
                return diskFullReport(attempt);
            }
            return attempt.failed(outcomeOf(e.kind()), e);
        } catch (IOException e) {
            if (attempt.guard().stopped() != null) {
                return stoppedReport(attempt);
            }
            if (DiskFull.isDiskFull(e) || diskNearlyFull()) {
                return diskFullReport(attempt);
            }
            return attempt.report(SyncOutcome.FAILED, before, "sync.io", Messages.get("sync.io", String.valueOf(e)));
        } catch (MirrorException e) {
            if (DiskFull.isDiskFull(e) || diskNearlyFull()) {
                return diskFullReport(attempt);
            }
            return attempt.report(SyncOutcome.FAILED, before, "sync.mirror", Messages.get("sync.mirror",
                    e.getMessage()));
        } catch (RuntimeException e) {
            // a fault of ours, not the feed's: reported and on record, so the history row is closed too
            BackgroundFailures.report("sync", e);
            return attempt.report(SyncOutcome.FAILED, before, "sync.unexpected",
                    Messages.get("sync.unexpected", e.getClass().getSimpleName()));
        }
    }

    /** Plan, stage, apply; an unchanged publication ends after the plan's first checks. */
    private SyncReport planStageApply(SyncAttempt attempt) throws FeedException, IOException {
        attempt.progress(SyncProgress.Phase.CHECKING);
        FeedSource source = attempt.source();
        FeedState state = mirror.items().state().orElse(null);
        FeedSource.Validators validators = state != null && source.describe().equals(state.source())
                ? new FeedSource.Validators(state.etag(), state.lastModified()) : FeedSource.Validators.NONE;
        FeedSource.ManifestResponse response = source.fetchManifest(validators);
        if (response.isNotModified()) {
            return unchanged(attempt);
        }
        Manifest manifest = planner.verifiedManifest(response.bytes(), source.fetchSignature());
        planner.checkNotExpired(manifest);
        long guarded = planner.replayGuard(state);
        if (manifest.sequence() < guarded) {
            throw new FeedException("sync.replay", Long.toString(manifest.sequence()), Long.toString(attempt.before()));
        }
        if (manifest.sequence() == guarded) {
            if (!manifest.layouts().isEmpty()
                    && FeedLayoutsStep.heldSequence(mirror.dataDir()) != manifest.sequence()) {
                // a crash between the commit and keeping the layouts: keep them now
                staging.createFilesFolder();
                applier.keepLayouts(manifest.sequence(), stager.fetchLayouts(attempt, manifest));
            }
            applier.rememberValidators(source, response.validators());
            return unchanged(attempt);
        }
        attempt.plan(planner.plan(manifest, attempt.before()));
        Map<String, byte[]> layouts = stager.stage(attempt);
        applier.apply(attempt, response.validators(), layouts);
        attempt.progress(SyncProgress.Phase.DONE);
        return attempt.report(SyncOutcome.APPLIED, manifest.sequence(), null, null);
    }

    private static SyncReport unchanged(SyncAttempt attempt) {
        attempt.progress(SyncProgress.Phase.DONE);
        return attempt.report(SyncOutcome.UNCHANGED, attempt.before(), null, null);
    }

    /** 磁盘空间不足 found while writing (the check before the sync could not foresee it). */
    private SyncReport diskFullReport(SyncAttempt attempt) {
        return attempt.report(SyncOutcome.FAILED, attempt.before(), "sync.diskFull",
                Messages.get("sync.diskFullWhileWriting", mirror.dataDir().toString()));
    }

    /**
     * Whether the disk is (all but) full after a write failed: SQLite does not always say SQLITE_FULL
     * (a commit after its own rollback says "no transaction is active").
     */
    private boolean diskNearlyFull() {
        try {
            return Files.getFileStore(mirror.dataDir()).getUsableSpace() < 1024 * 1024;
        } catch (IOException e) {
            return false;
        }
    }

    private static SyncReport stoppedReport(SyncAttempt attempt) {
        TransferGuard guard = attempt.guard();
        SyncOutcome outcome = guard.stopped() == TransferGuard.Stop.CANCELLED ? SyncOutcome.CANCELLED
                : SyncOutcome.FAILED;
        return attempt.failed(outcome, guard.stopException());
    }
}

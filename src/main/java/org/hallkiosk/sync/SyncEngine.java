package org.hallkiosk.sync;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.content.Item;
import org.hallkiosk.feed.FailureKind;
import org.hallkiosk.feed.FeedConsistency;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.feed.ItemLinks;
import org.hallkiosk.feed.ItemReader;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.feed.TransferGuard;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.ContentUpdate;
import org.hallkiosk.mirror.FeedState;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.MirrorException;
import org.hallkiosk.mirror.StagedItem;
import org.hallkiosk.mirror.SyncHistory;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncReport;

/**
 * Brings the mirror to a feed's current publication, all or nothing: the signature first, then the
 * sequence guard, then every new or changed item and missing file fetched and verified into staging, then
 * one transaction swaps the new state in. Whatever fails, the mirror keeps the publication it had, whole,
 * and the history says what failed and where.
 */
public final class SyncEngine {

    /** Items fetched at once: enough to hide round trips, few enough to be polite to a server. */
    private static final int FETCH_THREADS = 4;

    private final Mirror mirror;
    private final SyncPlanner planner;
    private final SyncOptions options;
    private final Path staging;

    public SyncEngine(Mirror mirror, PublicKey publisherKey, SyncOptions options) {
        this.mirror = mirror;
        this.planner = new SyncPlanner(mirror, publisherKey, options.clock());
        this.options = options;
        this.staging = mirror.dataDir().resolve("staging");
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
                return mirror.history().markInterrupted(Messages.get("sync.interrupted"));
            }
        } catch (IOException e) {
            return 0;
        }
    }

    private SyncReport runLocked(FeedSource source, String trigger, SyncProgress.Listener listener,
                                 BooleanSupplier cancelled) {
        SyncHistory history = mirror.history();
        history.markInterrupted(Messages.get("sync.interrupted"));
        long before = mirror.items().sequence();
        long historyId = history.begin(source.describe(), trigger, before);
        SyncReport report;
        // The guard closes blocked connections on cancel, at the deadline, or when a transfer crawls.
        try (TransferGuard guard = TransferGuard.start(cancelled, options.deadline(), options.stallWindow(),
                options.stallMinBytes())) {
            source.guardWith(guard);
            Attempt attempt = new Attempt(source, listener, cancelled, before, guard);
            report = attempt.runReporting();
        } finally {
            source.guardWith(TransferGuard.NONE);
        }
        try {
            history.finish(historyId, report);
        } catch (MirrorException e) {
            // A disk too full even for the history row: free what staging holds and write it again, so the
            // attempt is never left "running" (later misread as a power cut).
            LOG.log(System.Logger.Level.WARNING, "could not close the sync history row; clearing staging", e);
            clearStaging();
            history.finish(historyId, report);
        }
        return report;
    }

    private static final System.Logger LOG = System.getLogger(SyncEngine.class.getName());

    /** Deletes everything staged: what a retry would reuse, given up to make room. */
    private void clearStaging() {
        for (String sub : List.of("items", "files")) {
            Path dir = staging.resolve(sub);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path p : stream) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not clear " + dir, e);
            }
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

    /** An item fetched and verified, and the bytes that came over the wire for it (0 when reused). */
    private record FetchedItem(Item item, long downloaded) {
    }

    /** Thrown between steps when staff cancel. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** One run: its source, its counters, its steps. */
    private final class Attempt {
        private final FeedSource source;
        private final SyncProgress.Listener listener;
        private final BooleanSupplier cancelled;
        private final long before;
        private final TransferGuard guard;
        private SyncPlan plan;
        private boolean usePacks;
        private int itemsDone;
        private int filesDone;
        private long bytesDone;

        Attempt(FeedSource source, SyncProgress.Listener listener, BooleanSupplier cancelled, long before,
                TransferGuard guard) {
            this.source = source;
            this.listener = listener;
            this.cancelled = cancelled;
            this.before = before;
            this.guard = guard;
        }

        /** Runs, and turns whatever ended it into the report: a stop by the guard wins over what it caused. */
        SyncReport runReporting() {
            try {
                return run();
            } catch (Cancelled e) {
                return report(SyncOutcome.CANCELLED, before, "sync.cancelled", Messages.get("sync.cancelled"));
            } catch (FeedException e) {
                if (guard.stopped() != null) {
                    return stoppedReport();
                }
                if (e.key().equals("sync.cancelled")) { // 取消 woke the source's back-off
                    return report(SyncOutcome.CANCELLED, before, "sync.cancelled", Messages.get("sync.cancelled"));
                }
                if (DiskFull.isDiskFull(e)) {
                    return diskFullReport();
                }
                return report(outcomeOf(e.kind()), before, e.key(), e.getMessage());
            } catch (IOException e) {
                if (guard.stopped() != null) {
                    return stoppedReport();
                }
                if (DiskFull.isDiskFull(e) || diskNearlyFull()) {
                    return diskFullReport();
                }
                return report(SyncOutcome.FAILED, before, "sync.io", Messages.get("sync.io", String.valueOf(e)));
            } catch (MirrorException e) {
                if (DiskFull.isDiskFull(e) || diskNearlyFull()) {
                    return diskFullReport();
                }
                return report(SyncOutcome.FAILED, before, "sync.mirror", Messages.get("sync.mirror",
                        e.getMessage()));
            }
        }

        /** 磁盘空间不足 found while writing (the check before the sync could not foresee it). */
        private SyncReport diskFullReport() {
            return report(SyncOutcome.FAILED, before, "sync.diskFull", Messages.get("sync.diskFullWhileWriting",
                    mirror.dataDir().toString()));
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

        private SyncReport stoppedReport() {
            FeedException why = guard.stopException();
            SyncOutcome outcome = guard.stopped() == TransferGuard.Stop.CANCELLED ? SyncOutcome.CANCELLED
                    : SyncOutcome.FAILED;
            return report(outcome, before, why.key(), why.getMessage());
        }

        SyncReport run() throws FeedException, IOException {
            progress(SyncProgress.Phase.CHECKING);
            FeedState state = mirror.items().state().orElse(null);
            FeedSource.Validators validators = state != null && source.describe().equals(state.source())
                    ? new FeedSource.Validators(state.etag(), state.lastModified()) : FeedSource.Validators.NONE;
            FeedSource.ManifestResponse response = source.fetchManifest(validators);
            if (response.isNotModified()) {
                progress(SyncProgress.Phase.DONE);
                return report(SyncOutcome.UNCHANGED, before, null, null);
            }
            Manifest manifest = planner.verifiedManifest(response.bytes(), source.fetchSignature());
            planner.checkNotExpired(manifest);
            long guarded = planner.replayGuard(state);
            if (manifest.sequence() < guarded) {
                throw new FeedException("sync.replay", Long.toString(manifest.sequence()), Long.toString(before));
            }
            if (manifest.sequence() == guarded) {
                if (!manifest.layouts().isEmpty()
                        && FeedLayoutsStep.heldSequence(mirror.dataDir()) != manifest.sequence()) {
                    // a crash between the commit and keeping the layouts: keep them now
                    Files.createDirectories(staging.resolve("files"));
                    FeedLayoutsStep.keep(mirror.dataDir(), manifest.sequence(), fetchLayouts(manifest));
                }
                mirror.writer().rememberValidators(source.describe(), response.validators());
                progress(SyncProgress.Phase.DONE);
                return report(SyncOutcome.UNCHANGED, before, null, null);
            }
            plan = planner.plan(manifest, before);
            List<Manifest.ItemEntry> wanted = concat(plan.newItems(), plan.changedItems());
            usePacks = PackStage.worthIt(source, manifest, wanted.size());
            checkDiskSpace();
            Files.createDirectories(staging.resolve("items"));
            Files.createDirectories(staging.resolve("files"));

            Map<String, ItemLinks> links = new HashMap<>(mirror.items().links());
            // A set, not a list: retainAll looks each held id up, and 20,000 list scans took seconds.
            links.keySet().retainAll(manifest.items().stream().map(Manifest.ItemEntry::id)
                    .collect(Collectors.toSet()));
            progress(SyncProgress.Phase.DOWNLOADING_ITEMS);
            if (usePacks) {
                stagePacks(manifest, wanted);
            }
            fetchItems(wanted, links);
            FeedConsistency.check(manifest, links.values());

            progress(SyncProgress.Phase.DOWNLOADING_FILES);
            for (Manifest.FileEntry file : plan.missingFiles()) {
                checkCancelled();
                if (!mirror.files().has(file.sha256())) { // a pack may have brought it
                    fetchFile(file);
                }
                filesDone++;
                progress(SyncProgress.Phase.DOWNLOADING_FILES);
            }
            Map<String, byte[]> layouts = fetchLayouts(manifest);
            checkCancelled();
            progress(SyncProgress.Phase.APPLYING);
            List<String> upserts = concat(plan.newItems(), plan.changedItems()).stream()
                    .map(Manifest.ItemEntry::id).toList();
            Map<String, Manifest.ItemEntry> entries = new HashMap<>();
            manifest.items().forEach(e -> entries.put(e.id(), e));
            mirror.writer().apply(new ContentUpdate(manifest, upserts, id -> loadStaged(entries.get(id)),
                    new HashSet<>(plan.withdrawn()), source.describe(), response.validators(),
                    planner.keyFingerprint()));
            cleanUp(manifest);
            FeedLayoutsStep.keep(mirror.dataDir(), manifest.sequence(), layouts);
            progress(SyncProgress.Phase.DONE);
            return report(SyncOutcome.APPLIED, manifest.sequence(), null, null);
        }

        /**
         * Downloads the publication's packs (resuming a part left by an earlier run, retrying as for any file)
         * and stages what they hold of this plan; whatever a pack lacks or holds wrong is fetched singly after.
         */
        private void stagePacks(Manifest manifest, List<Manifest.ItemEntry> wanted) throws IOException, FeedException {
            Map<String, Manifest.ItemEntry> byId = new LinkedHashMap<>();
            wanted.forEach(e -> byId.put(e.id(), e));
            Map<String, Manifest.FileEntry> missing = new LinkedHashMap<>();
            plan.missingFiles().forEach(f -> missing.put(f.sha256(), f));
            for (Manifest.FileEntry pack : manifest.packs()) {
                checkCancelled();
                Path part = partOf(pack);
                source.fetchFile(pack.sha256(), pack.size(), part, n -> {
                    bytesDone += n;
                    if (n > 0 && (bytesDone & 0xFFFFF) < n) {
                        progress(SyncProgress.Phase.DOWNLOADING_ITEMS);
                    }
                });
                if (Files.size(part) == pack.size()) {
                    PackStage.Result got = PackStage.unpack(part, byId, missing, this::stagedItem, this::partOf,
                            mirror.files(), this::checkCancelled);
                    LOG.log(System.Logger.Level.INFO, "pack " + pack.sha256() + ": " + got.items() + " items, "
                            + got.files() + " files taken, " + got.refused() + " entries refused");
                }
                Files.deleteIfExists(part);
            }
        }

        private Path partOf(Manifest.FileEntry file) {
            return staging.resolve("files").resolve(file.sha256() + ".part");
        }

        /**
         * Fetches and verifies items on a few threads, several requests in flight: a first sync of thousands
         * of items is bound by round trips, not bandwidth. Results are taken in manifest order on this
         * thread, so progress, cancelling and the reason given for a bad item stay as with one thread.
         */
        private void fetchItems(List<Manifest.ItemEntry> entries, Map<String, ItemLinks> links)
                throws IOException, FeedException {
            ExecutorService pool = Executors.newFixedThreadPool(FETCH_THREADS, r -> {
                Thread t = new Thread(r, "sync-fetch");
                t.setDaemon(true);
                return t;
            });
            Deque<Future<FetchedItem>> inFlight = new ArrayDeque<>();
            int next = 0;
            try {
                while (next < entries.size() || !inFlight.isEmpty()) {
                    while (next < entries.size() && inFlight.size() < FETCH_THREADS * 8) {
                        Manifest.ItemEntry entry = entries.get(next++);
                        inFlight.add(pool.submit(() -> fetchItem(entry)));
                    }
                    checkCancelled();
                    FetchedItem fetched = await(inFlight.poll());
                    links.put(fetched.item().id(), ItemLinks.of(fetched.item()));
                    bytesDone += fetched.downloaded();
                    itemsDone++;
                    progress(SyncProgress.Phase.DOWNLOADING_ITEMS);
                }
            } finally {
                // Interrupted workers cannot write to staging any more (an interrupted channel closes).
                pool.shutdownNow();
            }
        }

        private FetchedItem await(Future<FetchedItem> future) throws IOException, FeedException {
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

        /** Runs on a fetch thread: touches nothing of the attempt but its arguments. */
        private FetchedItem fetchItem(Manifest.ItemEntry entry) throws IOException, FeedException {
            Path staged = stagedItem(entry);
            if (!source.local() && Files.isRegularFile(staged)) {
                // Left by an interrupted sync: reuse it if it is still the right bytes.
                byte[] bytes = Files.readAllBytes(staged);
                if (bytes.length == entry.size() && Hashes.sha256(bytes).equals(entry.sha256())) {
                    return new FetchedItem(verifiedItem(entry, bytes), 0);
                }
                Files.delete(staged);
            }
            byte[] bytes = source.fetchItem(entry.id(), entry.size());
            String where = FeedNames.itemPath(entry.id());
            if (bytes.length != entry.size()) {
                throw new FeedException("sync.itemSizeMismatch", where, Long.toString(entry.size()),
                        Integer.toString(bytes.length));
            }
            if (!Hashes.sha256(bytes).equals(entry.sha256())) {
                throw new FeedException("sync.itemHashMismatch", where);
            }
            Item item = verifiedItem(entry, bytes);
            if (!source.local()) {
                // Written in place, not via a temporary file and a rename: a copy torn by a crash fails its hash
                // when reused or applied, and is fetched again.
                Files.write(staged, bytes);
            }
            return new FetchedItem(item, bytes.length);
        }

        private Item verifiedItem(Manifest.ItemEntry entry, byte[] bytes) throws FeedException {
            Item item = ItemReader.read(bytes, FeedNames.itemPath(entry.id()));
            FeedConsistency.checkMatchesEntry(ItemLinks.of(item), entry);
            return item;
        }

        /**
         * An item for the apply, read again and checked again: from staging, or from a local source itself (a
         * file changed on the USB drive since it was checked fails here, and the apply is rolled back).
         * Runs on the apply's worker threads.
         */
        private StagedItem loadStaged(Manifest.ItemEntry entry) throws IOException, FeedException {
            byte[] bytes = source.local() ? source.fetchItem(entry.id(), entry.size())
                    : Files.readAllBytes(stagedItem(entry));
            if (bytes.length != entry.size() || !Hashes.sha256(bytes).equals(entry.sha256())) {
                throw new FeedException("sync.itemHashMismatch", FeedNames.itemPath(entry.id()));
            }
            return new StagedItem(ItemReader.read(bytes, FeedNames.itemPath(entry.id())), entry.sha256(),
                    bytes.length, bytes);
        }

        private Path stagedItem(Manifest.ItemEntry entry) {
            return staging.resolve("items").resolve(entry.sha256() + ".json");
        }

        /**
         * The layouts the manifest carries for groups of kiosks, each fetched and checked against its hash and
         * size like an attachment (a layout that does not match refuses the publication, as a tampered
         * attachment does). Whether a layout is fit to show is the kiosk's check, later.
         */
        private Map<String, byte[]> fetchLayouts(Manifest manifest) throws IOException, FeedException {
            Map<String, byte[]> out = new TreeMap<>();
            for (Manifest.LayoutEntry layout : manifest.layouts()) {
                checkCancelled();
                Path part = staging.resolve("files").resolve(layout.sha256() + ".part");
                FeedException bad = fetchVerified(new Manifest.FileEntry(layout.sha256(), layout.size(),
                        "application/yaml"), part);
                if (bad != null) {
                    throw bad;
                }
                out.put(layout.group(), Files.readAllBytes(part));
                Files.delete(part);
            }
            return out;
        }

        private void fetchFile(Manifest.FileEntry file) throws IOException, FeedException {
            Path part = staging.resolve("files").resolve(file.sha256() + ".part");
            boolean resuming = Files.isRegularFile(part) && Files.size(part) > 0;
            FeedException bad = fetchVerified(file, part);
            if (bad != null && resuming) {
                // The leftover of an earlier run may be what is wrong (a torn write, a bad disk block), not the
                // publisher's file: throw it away and fetch the file once whole before refusing the feed.
                bad = fetchVerified(file, part);
            }
            if (bad != null) {
                throw bad;
            }
            mirror.files().putVerified(file.sha256(), part);
        }

        /** Fetches into {@code part} (resuming what is there) and checks it; the refusal, or null when good. */
        private FeedException fetchVerified(Manifest.FileEntry file, Path part) throws IOException, FeedException {
            source.fetchFile(file.sha256(), file.size(), part, n -> {
                bytesDone += n;
                if (n > 0 && (bytesDone & 0xFFFFF) < n) {
                    progress(SyncProgress.Phase.DOWNLOADING_FILES);
                }
            });
            String where = FeedNames.filePath(file.sha256());
            long size = Files.size(part);
            if (size != file.size()) {
                Files.delete(part);
                return new FeedException("sync.fileSizeMismatch", where, Long.toString(file.size()),
                        Long.toString(size));
            }
            if (!Hashes.sha256(part).equals(file.sha256())) {
                Files.delete(part);
                return new FeedException("sync.fileHashMismatch", where);
            }
            return null;
        }

        private void checkDiskSpace() throws IOException, FeedException {
            long itemBytes = concat(plan.newItems(), plan.changedItems()).stream()
                    .mapToLong(Manifest.ItemEntry::size).sum();
            long fileBytes = plan.missingFiles().stream().mapToLong(Manifest.FileEntry::size).sum();
            if (usePacks) { // a pack is on the disk beside what it holds until it is unpacked
                fileBytes += plan.manifest().packs().stream().mapToLong(Manifest.FileEntry::size).max().orElse(0);
            }
            // Items are staged, then written to the database and its WAL: count them three times.
            // What a failed run left in staging is on the disk already: a retry needs only what is still missing.
            long needed = itemBytes * 3 + fileBytes + options.reserveBytes() - stagedBytes();
            long usable = options.freeSpace().usableBytes(mirror.dataDir());
            if (usable < needed) {
                throw new FeedException("sync.diskFull", mirror.dataDir().toString(), mebibytes(needed),
                        mebibytes(usable));
            }
        }

        /** Bytes of this plan already in staging: items with their final name, attachments begun (.part). */
        private long stagedBytes() throws IOException {
            long staged = 0;
            for (Manifest.ItemEntry e : source.local() ? List.<Manifest.ItemEntry>of()
                    : concat(plan.newItems(), plan.changedItems())) {
                Path p = stagedItem(e);
                if (Files.isRegularFile(p) && Files.size(p) == e.size()) {
                    staged += e.size();
                }
            }
            List<Manifest.FileEntry> parts = new ArrayList<>(plan.missingFiles());
            if (usePacks) {
                parts.addAll(plan.manifest().packs());
            }
            for (Manifest.FileEntry f : parts) {
                Path part = partOf(f);
                if (Files.isRegularFile(part)) {
                    staged += Math.min(Files.size(part), f.size());
                }
            }
            return staged;
        }

        /** After the commit: the new state is in, so leftovers only cost disk; a failure here is no failure. */
        private void cleanUp(Manifest manifest) {
            Set<String> keep = new HashSet<>();
            manifest.files().forEach(f -> keep.add(f.sha256()));
            try {
                mirror.files().removeAllBut(keep);
                for (String sub : List.of("items", "files")) {
                    try (DirectoryStream<Path> stream = Files.newDirectoryStream(staging.resolve(sub))) {
                        for (Path p : stream) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            } catch (IOException e) {
                System.getLogger(SyncEngine.class.getName()).log(System.Logger.Level.WARNING,
                        "clean-up after sync failed; the next sync retries it", e);
            }
        }

        private void checkCancelled() throws FeedException {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new Cancelled();
            }
            guard.check();
        }

        private void progress(SyncProgress.Phase phase) {
            int itemsTotal = plan == null ? 0 : plan.newItems().size() + plan.changedItems().size();
            int filesTotal = plan == null ? 0 : plan.missingFiles().size();
            long bytesTotal = plan == null ? 0 : plan.downloadBytes();
            listener.onProgress(new SyncProgress(phase, itemsDone, itemsTotal, filesDone, filesTotal, bytesDone,
                    bytesTotal));
        }

        SyncReport report(SyncOutcome outcome, long after, String reasonKey, String reason) {
            boolean applied = outcome == SyncOutcome.APPLIED;
            return new SyncReport(outcome, source.describe(), before, outcome == SyncOutcome.UNCHANGED ? before
                    : applied ? after : before,
                    applied ? plan.newItems().size() : 0, applied ? plan.changedItems().size() : 0,
                    applied ? plan.withdrawn().size() : 0, filesDone, bytesDone, reasonKey, reason);
        }
    }

    /** What a sync ended by a failure of this kind records: FAILED is worth trying again, REFUSED is not. */
    static SyncOutcome outcomeOf(FailureKind kind) {
        return switch (kind) {
            case TRANSIENT -> SyncOutcome.FAILED;
            case PUBLISHER -> SyncOutcome.REFUSED;
        };
    }

    private static String mebibytes(long bytes) {
        return Long.toString(Math.max(0, bytes) / (1024 * 1024));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}

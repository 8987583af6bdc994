package org.hallkiosk.sync;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.hallkiosk.content.Item;
import org.hallkiosk.feed.FeedConsistency;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.feed.ItemLinks;
import org.hallkiosk.feed.ItemReader;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.mirror.Mirror;

/**
 * The second step of a sync: everything the plan lacks fetched and verified before anything is applied. Items
 * into staging (or, from a local source, checked in place), attachments into the mirror's file store (they are
 * stored by hash, so one not yet named by the mirror changes nothing), the layouts into memory; over HTTP a sync
 * lacking most items takes the publication's packs first ({@link PackStage}). Checks disk space first, and
 * cancel, the deadline and a stalled transfer between any two steps.
 */
final class SyncStager {

    /** Items fetched at once: enough to hide round trips, few enough to be polite to a server. */
    private static final int FETCH_THREADS = 4;

    private static final System.Logger LOG = System.getLogger(SyncStager.class.getName());

    private final Mirror mirror;
    private final SyncOptions options;
    private final StagingArea staging;

    SyncStager(Mirror mirror, SyncOptions options, StagingArea staging) {
        this.mirror = mirror;
        this.options = options;
        this.staging = staging;
    }

    /** An item fetched and verified, and the bytes that came over the wire for it (0 when reused). */
    private record FetchedItem(Item item, long downloaded) {
    }

    /**
     * Stages what {@code attempt}'s plan lacks; returns the publication's layouts, fetched and checked, for the
     * apply to keep.
     */
    Map<String, byte[]> stage(SyncAttempt attempt) throws IOException, FeedException {
        SyncPlan plan = attempt.plan();
        Manifest manifest = plan.manifest();
        List<Manifest.ItemEntry> wanted = wanted(plan);
        boolean usePacks = PackStage.worthIt(attempt.source(), manifest, wanted.size());
        checkDiskSpace(attempt.source(), plan, usePacks);
        staging.createFolders();

        if (attempt.source().local()) {
            // Read once, inside the apply: items are checked as they are applied and attachments copied beside
            // it (SyncApplier); a bad one rolls the transaction back.
            return fetchLayouts(attempt, manifest);
        }
        attempt.progress(SyncProgress.Phase.DOWNLOADING_ITEMS);
        if (usePacks) {
            // The apply reads the items from the packs, as from a folder, and checks the whole feed then.
            attempt.readItemsFrom(stagePacks(attempt));
        }
        if (attempt.packs().isEmpty()) {
            Map<String, ItemLinks> links = heldLinks(manifest);
            fetchItems(attempt, wanted, links);
            FeedConsistency.check(manifest, links.values());
        }

        if (attempt.packs().isEmpty()) {
            // (with packs, the apply takes the attachments out of them beside it: SyncApplier)
            attempt.progress(SyncProgress.Phase.DOWNLOADING_FILES);
            for (Manifest.FileEntry file : plan.missingFiles()) {
                attempt.checkCancelled();
                if (!mirror.files().has(file.sha256())) {
                    fetchFile(attempt.source(), file,
                            n -> attempt.downloaded(n, SyncProgress.Phase.DOWNLOADING_FILES));
                }
                attempt.fileDone();
            }
        }
        return fetchLayouts(attempt, manifest);
    }

    /** The links of the items held that the publication still lists, for the whole-feed check. */
    Map<String, ItemLinks> heldLinks(Manifest manifest) {
        Map<String, ItemLinks> links = new HashMap<>(mirror.items().links());
        // A set, not a list: retainAll looks each held id up, and 20,000 list scans took seconds.
        links.keySet().retainAll(manifest.items().stream().map(Manifest.ItemEntry::id)
                .collect(Collectors.toSet()));
        return links;
    }

    /**
     * Copies and checks the attachments a local source's publication lacks, or a first sync's packs hold (taken
     * out of them first, the rest fetched singly), on the caller's thread (the one beside the apply, so nothing
     * of the attempt is touched); returns the bytes copied. Stops between files when the thread is interrupted.
     */
    long copyFiles(FeedSource source, List<Path> packs, List<Manifest.FileEntry> files)
            throws IOException, FeedException {
        if (!packs.isEmpty()) {
            unpackFiles(packs, files);
        }
        long bytes = 0;
        for (Manifest.FileEntry file : files) {
            stopIfInterrupted();
            if (!mirror.files().has(file.sha256())) {
                fetchFile(source, file, n -> { });
                bytes += file.size();
            }
        }
        return bytes;
    }

    /** The items a plan fetches: the new ones, then the changed ones. */
    static List<Manifest.ItemEntry> wanted(SyncPlan plan) {
        List<Manifest.ItemEntry> out = new ArrayList<>(plan.newItems().size() + plan.changedItems().size());
        out.addAll(plan.newItems());
        out.addAll(plan.changedItems());
        return out;
    }

    /**
     * The layouts the manifest carries for groups of kiosks, each fetched and checked against its hash and
     * size like an attachment (a layout that does not match refuses the publication, as a tampered
     * attachment does). Whether a layout is fit to show is the kiosk's check, later.
     */
    Map<String, byte[]> fetchLayouts(SyncAttempt attempt, Manifest manifest) throws IOException, FeedException {
        Map<String, byte[]> out = new TreeMap<>();
        for (Manifest.LayoutEntry layout : manifest.layouts()) {
            attempt.checkCancelled();
            Manifest.FileEntry asFile = new Manifest.FileEntry(layout.sha256(), layout.size(), "application/yaml");
            Path part = staging.partOf(asFile);
            FeedException bad = fetchVerified(attempt.source(), asFile, part,
                    n -> attempt.downloaded(n, SyncProgress.Phase.DOWNLOADING_FILES));
            if (bad != null) {
                throw bad;
            }
            out.put(layout.group(), Files.readAllBytes(part));
            Files.delete(part);
        }
        return out;
    }

    /**
     * Downloads the publication's packs (resuming a part left by an earlier run, retrying as for any file);
     * returns those downloaded whole, which stay in staging until the apply has read their items and taken
     * out their attachments. Whatever a pack lacks or holds wrong is fetched singly.
     */
    private List<Path> stagePacks(SyncAttempt attempt) throws IOException, FeedException {
        List<Path> whole = new ArrayList<>();
        for (Manifest.FileEntry pack : attempt.plan().manifest().packs()) {
            attempt.checkCancelled();
            Path part = staging.partOf(pack);
            attempt.source().fetchFile(pack.sha256(), pack.size(), part,
                    n -> attempt.downloaded(n, SyncProgress.Phase.DOWNLOADING_ITEMS));
            if (Files.size(part) == pack.size()) {
                whole.add(part);
            } else {
                Files.deleteIfExists(part);
            }
        }
        return whole;
    }

    /**
     * Fetches and verifies items on a few threads, several requests in flight: a first sync of thousands
     * of items is bound by round trips, not bandwidth. Results are taken in manifest order on this
     * thread, so progress, cancelling and the reason given for a bad item stay as with one thread.
     */
    private void fetchItems(SyncAttempt attempt, List<Manifest.ItemEntry> entries, Map<String, ItemLinks> links)
            throws IOException, FeedException {
        FeedSource source = attempt.source();
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
                    inFlight.add(pool.submit(() -> fetchItem(source, entry)));
                }
                attempt.checkCancelled();
                FetchedItem fetched = SyncAttempt.await(inFlight.poll());
                links.put(fetched.item().id(), ItemLinks.of(fetched.item()));
                attempt.itemDone(fetched.downloaded());
            }
        } finally {
            // Interrupted workers cannot write to staging any more (an interrupted channel closes).
            pool.shutdownNow();
        }
    }


    /** Runs on a fetch thread: touches nothing of the attempt, only the source and its own staged file. */
    private FetchedItem fetchItem(FeedSource source, Manifest.ItemEntry entry) throws IOException, FeedException {
        Path staged = staging.item(entry);
        if (!source.local() && Files.isRegularFile(staged)) {
            // Left by an interrupted sync: reuse it if it is still the right bytes.
            byte[] bytes = Files.readAllBytes(staged);
            if (bytes.length == entry.size() && Hashes.sha256(bytes).equals(entry.sha256())) {
                return new FetchedItem(verifiedItem(entry, bytes), 0);
            }
            Files.delete(staged);
        }
        byte[] bytes = source.fetchItem(entry.id(), entry.size());
        Item item = checkedItem(entry, bytes);
        if (!source.local()) {
            // Written in place, not via a temporary file and a rename: a copy torn by a crash fails its hash
            // when reused or applied, and is fetched again.
            Files.write(staged, bytes);
        }
        return new FetchedItem(item, bytes.length);
    }

    /** The item in {@code bytes} once they match its manifest entry (size, hash, then what it says of itself). */
    static Item checkedItem(Manifest.ItemEntry entry, byte[] bytes) throws FeedException {
        String where = FeedNames.itemPath(entry.id());
        if (bytes.length != entry.size()) {
            throw new FeedException("sync.itemSizeMismatch", where, Long.toString(entry.size()),
                    Integer.toString(bytes.length));
        }
        if (!Hashes.sha256(bytes).equals(entry.sha256())) {
            throw new FeedException("sync.itemHashMismatch", where);
        }
        return verifiedItem(entry, bytes);
    }

    private static Item verifiedItem(Manifest.ItemEntry entry, byte[] bytes) throws FeedException {
        Item item = ItemReader.read(bytes, FeedNames.itemPath(entry.id()));
        FeedConsistency.checkMatchesEntry(ItemLinks.of(item), entry);
        return item;
    }

    /** Takes out of the downloaded packs the attachments among {@code files}; what they lack is fetched after. */
    private void unpackFiles(List<Path> packs, List<Manifest.FileEntry> files) throws IOException, FeedException {
        Map<String, Manifest.FileEntry> missing = new LinkedHashMap<>();
        files.forEach(f -> missing.put(f.sha256(), f));
        for (Path pack : packs) {
            PackStage.Result got = PackStage.unpackFiles(pack, missing, staging::partOf, mirror.files(),
                    SyncStager::stopIfInterrupted);
            LOG.log(System.Logger.Level.INFO, "pack " + pack.getFileName() + ": " + got.files() + " files taken, "
                    + got.refused() + " entries refused; its items are read by the apply");
        }
    }

    /** The attachment copy stops between files when its thread is interrupted (the apply failed or ended). */
    private static void stopIfInterrupted() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("attachment copy stopped");
        }
    }

    private void fetchFile(FeedSource source, Manifest.FileEntry file, LongConsumer progress) throws IOException, FeedException {
        Path part = staging.partOf(file);
        boolean resuming = Files.isRegularFile(part) && Files.size(part) > 0;
        FeedException bad = fetchVerified(source, file, part, progress);
        if (bad != null && resuming) {
            // The leftover of an earlier run may be what is wrong (a torn write, a bad disk block), not the
            // publisher's file: throw it away and fetch the file once whole before refusing the feed.
            bad = fetchVerified(source, file, part, progress);
        }
        if (bad != null) {
            throw bad;
        }
        mirror.files().putVerified(file.sha256(), part);
    }

    /** Fetches into {@code part} (resuming what is there) and checks it; the refusal, or null when good. */
    private static FeedException fetchVerified(FeedSource source, Manifest.FileEntry file, Path part,
                                               LongConsumer progress) throws IOException, FeedException {
        String copiedHash = source.fetchFileHashing(file.sha256(), file.size(), part, progress);
        String where = FeedNames.filePath(file.sha256());
        long size = Files.size(part);
        if (size != file.size()) {
            Files.delete(part);
            return new FeedException("sync.fileSizeMismatch", where, Long.toString(file.size()),
                    Long.toString(size));
        }
        if (!(copiedHash != null ? copiedHash : Hashes.sha256(part)).equals(file.sha256())) {
            Files.delete(part);
            return new FeedException("sync.fileHashMismatch", where);
        }
        return null;
    }

    /** Refuses to start what the disk cannot hold (磁盘空间不足), counting what staging holds already. */
    private void checkDiskSpace(FeedSource source, SyncPlan plan, boolean usePacks) throws IOException, FeedException {
        long itemBytes = wanted(plan).stream().mapToLong(Manifest.ItemEntry::size).sum();
        long fileBytes = plan.missingFiles().stream().mapToLong(Manifest.FileEntry::size).sum();
        if (usePacks) { // a pack is on the disk beside what it holds until it is unpacked
            fileBytes += plan.manifest().packs().stream().mapToLong(Manifest.FileEntry::size).max().orElse(0);
        }
        // Items are staged, then written to the database and its WAL: count them three times.
        // What a failed run left in staging is on the disk already: a retry needs only what is still missing.
        long needed = itemBytes * 3 + fileBytes + options.reserveBytes() - stagedBytes(source, plan, usePacks);
        long usable = options.freeSpace().usableBytes(mirror.dataDir());
        if (usable < needed) {
            throw new FeedException("sync.diskFull", mirror.dataDir().toString(), mebibytes(needed),
                    mebibytes(usable));
        }
    }

    /** Bytes of this plan already in staging: items with their final name, attachments begun (.part). */
    private long stagedBytes(FeedSource source, SyncPlan plan, boolean usePacks) throws IOException {
        long staged = 0;
        for (Manifest.ItemEntry e : source.local() ? List.<Manifest.ItemEntry>of() : wanted(plan)) {
            Path p = staging.item(e);
            if (Files.isRegularFile(p) && Files.size(p) == e.size()) {
                staged += e.size();
            }
        }
        List<Manifest.FileEntry> parts = new ArrayList<>(plan.missingFiles());
        if (usePacks) {
            parts.addAll(plan.manifest().packs());
        }
        for (Manifest.FileEntry f : parts) {
            Path part = staging.partOf(f);
            if (Files.isRegularFile(part)) {
                staged += Math.min(Files.size(part), f.size());
            }
        }
        return staged;
    }

    private static String mebibytes(long bytes) {
        return Long.toString(Math.max(0, bytes) / (1024 * 1024));
    }
}

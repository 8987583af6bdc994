package org.hallkiosk.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hallkiosk.content.Item;
import org.hallkiosk.feed.FeedConsistency;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.feed.ItemLinks;
import org.hallkiosk.feed.ItemReader;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.mirror.ContentUpdate;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.MirrorException;
import org.hallkiosk.mirror.StagedItem;

/**
 * The last step of a sync: what was staged goes into the mirror in one transaction (items, columns, search index,
 * feed state), all or nothing; then, the new state being in, attachments no publication names any more and
 * staging are cleared and the publication's layouts kept. Readers see the old publication until the commit.
 */
final class SyncApplier {

    private static final System.Logger LOG = System.getLogger(SyncApplier.class.getName());

    private final Mirror mirror;
    private final StagingArea staging;
    private final SyncStager stager;
    private final String keyFingerprint;

    /** {@code keyFingerprint}: of the key that verified the manifest, kept with it for the replay guard. */
    SyncApplier(Mirror mirror, StagingArea staging, SyncStager stager, String keyFingerprint) {
        this.mirror = mirror;
        this.staging = staging;
        this.stager = stager;
        this.keyFingerprint = keyFingerprint;
    }

    /** Applies {@code attempt}'s plan from staging, then keeps {@code layouts}; the last chance to cancel is here. */
    void apply(SyncAttempt attempt, FeedSource.Validators validators, Map<String, byte[]> layouts)
            throws FeedException, IOException {
        attempt.checkCancelled();
        attempt.progress(SyncProgress.Phase.APPLYING);
        SyncPlan plan = attempt.plan();
        Manifest manifest = plan.manifest();
        FeedSource source = attempt.source();
        List<String> upserts = SyncStager.wanted(plan).stream().map(Manifest.ItemEntry::id).toList();
        Map<String, Manifest.ItemEntry> entries = new HashMap<>();
        manifest.items().forEach(e -> entries.put(e.id(), e));
        if (source.local()) {
            applyLocal(attempt, validators, upserts, entries, source::fetchItem);
        } else if (!attempt.packs().isEmpty()) {
            try (PackItems packed = new PackItems(attempt.packs(), entries, source)) {
                applyLocal(attempt, validators, upserts, entries, packed::item);
            }
        } else {
            mirror.writer().apply(new ContentUpdate(manifest, upserts, id -> loadStaged(entries.get(id)),
                    new HashSet<>(plan.withdrawn()), source.describe(), validators, keyFingerprint));
        }
        cleanUp(manifest);
        keepLayouts(manifest.sequence(), layouts);
    }

    /**
     * A local source's items (or those of a first sync's packs) are read, checked and parsed once, on the
     * apply's worker threads, and a local source's attachments copied beside the apply; the whole-feed check
     * and the wait for the attachments come before the commit. Any failure rolls the transaction back, removes
     * what was copied, and is reported as the staging step would have reported it.
     */
    private void applyLocal(SyncAttempt attempt, FeedSource.Validators validators, List<String> upserts,
                            Map<String, Manifest.ItemEntry> entries, ItemBytes itemBytes)
            throws FeedException, IOException {
        SyncPlan plan = attempt.plan();
        Manifest manifest = plan.manifest();
        FeedSource source = attempt.source();
        Map<String, ItemLinks> links = stager.heldLinks(manifest);
        Map<String, ItemLinks> read = new ConcurrentHashMap<>();
        Set<String> named = mirror.items().fileHashes();
        boolean committed = false;
        try (AttachmentCopy copy = AttachmentCopy.start(stager, source, attempt.packs(), plan.missingFiles(),
                mirror.files())) {
            try {
                mirror.writer().apply(new ContentUpdate(manifest, upserts, id -> readLocal(itemBytes, entries.get(id), read),
                        new HashSet<>(plan.withdrawn()), source.describe(), validators, keyFingerprint,
                        new ContentUpdate.Listener() {
                            @Override
                            public void itemApplied(StagedItem item) throws FeedException {
                                attempt.checkCancelled();
                                attempt.itemApplied(item.size());
                            }

                            @Override
                            public void beforeCommit() throws FeedException, IOException {
                                links.putAll(read);
                                FeedConsistency.check(manifest, links.values());
                                attempt.filesCopied(copy.count(), copy.awaitCopied());
                            }
                        }));
                committed = true;
            } catch (MirrorException e) {
                throw causeOf(e);
            } finally {
                if (!committed) {
                    copy.close();
                    copy.removeCopied(named);
                }
            }
        }
    }

    /** What the staging step would have thrown for a failure found inside the apply, or the mirror's own. */
    private static MirrorException causeOf(MirrorException e) throws FeedException, IOException {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof FeedException fe) {
                throw fe;
            }
            if (t instanceof IOException io) {
                throw io;
            }
            if (t instanceof SyncAttempt.Cancelled c) {
                throw c;
            }
        }
        return e;
    }

    /** Where the apply reads an item's bytes: a local source, or the packs of a first sync over HTTP. */
    @FunctionalInterface
    interface ItemBytes {
        byte[] read(String id, long maxBytes) throws IOException, FeedException;
    }

    /** A local source's item, read, checked against its entry and parsed: on one of the apply's worker threads. */
    private static StagedItem readLocal(ItemBytes itemBytes, Manifest.ItemEntry entry, Map<String, ItemLinks> read)
            throws IOException, FeedException {
        byte[] bytes = itemBytes.read(entry.id(), entry.size());
        Item item = SyncStager.checkedItem(entry, bytes);
        read.put(item.id(), ItemLinks.of(item));
        return new StagedItem(item, entry.sha256(), bytes.length, bytes);
    }

    /** The publication held is the feed's: only what the server said of it is remembered, to ask next time. */
    void rememberValidators(FeedSource source, FeedSource.Validators validators) {
        mirror.writer().rememberValidators(source.describe(), validators);
    }

    /** After the commit (or for a publication already held): a failure here is logged, no failed sync. */
    void keepLayouts(long sequence, Map<String, byte[]> layouts) {
        FeedLayoutsStep.keep(mirror.dataDir(), sequence, layouts);
    }

    /** An item for the apply, read from staging and checked again; runs on the apply's worker threads. */
    private StagedItem loadStaged(Manifest.ItemEntry entry) throws IOException, FeedException {
        byte[] bytes = Files.readAllBytes(staging.item(entry));
        if (bytes.length != entry.size() || !Hashes.sha256(bytes).equals(entry.sha256())) {
            throw new FeedException("sync.itemHashMismatch", FeedNames.itemPath(entry.id()));
        }
        return new StagedItem(ItemReader.read(bytes, FeedNames.itemPath(entry.id())), entry.sha256(),
                bytes.length, bytes);
    }

    /** After the commit: the new state is in, so leftovers only cost disk; a failure here is no failure. */
    private void cleanUp(Manifest manifest) {
        Set<String> keep = new HashSet<>();
        manifest.files().forEach(f -> keep.add(f.sha256()));
        try {
            mirror.files().removeAllBut(keep);
            staging.deleteAll();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "clean-up after sync failed; the next sync retries it", e);
        }
    }
}

package org.hallkiosk.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.feed.ItemReader;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.mirror.ContentUpdate;
import org.hallkiosk.mirror.Mirror;
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
    private final String keyFingerprint;

    /** {@code keyFingerprint}: of the key that verified the manifest, kept with it for the replay guard. */
    SyncApplier(Mirror mirror, StagingArea staging, String keyFingerprint) {
        this.mirror = mirror;
        this.staging = staging;
        this.keyFingerprint = keyFingerprint;
    }

    /** Applies {@code attempt}'s plan from staging, then keeps {@code layouts}; the last chance to cancel is here. */
    void apply(SyncAttempt attempt, FeedSource.Validators validators, Map<String, byte[]> layouts)
            throws FeedException {
        attempt.checkCancelled();
        attempt.progress(SyncProgress.Phase.APPLYING);
        SyncPlan plan = attempt.plan();
        Manifest manifest = plan.manifest();
        FeedSource source = attempt.source();
        List<String> upserts = SyncStager.wanted(plan).stream().map(Manifest.ItemEntry::id).toList();
        Map<String, Manifest.ItemEntry> entries = new HashMap<>();
        manifest.items().forEach(e -> entries.put(e.id(), e));
        mirror.writer().apply(new ContentUpdate(manifest, upserts, id -> loadStaged(source, entries.get(id)),
                new HashSet<>(plan.withdrawn()), source.describe(), validators, keyFingerprint));
        cleanUp(manifest);
        keepLayouts(manifest.sequence(), layouts);
    }

    /** The publication held is the feed's: only what the server said of it is remembered, to ask next time. */
    void rememberValidators(FeedSource source, FeedSource.Validators validators) {
        mirror.writer().rememberValidators(source.describe(), validators);
    }

    /** After the commit (or for a publication already held): a failure here is logged, no failed sync. */
    void keepLayouts(long sequence, Map<String, byte[]> layouts) {
        FeedLayoutsStep.keep(mirror.dataDir(), sequence, layouts);
    }

    /**
     * An item for the apply, read again and checked again: from staging, or from a local source itself (a
     * file changed on the USB drive since it was checked fails here, and the apply is rolled back).
     * Runs on the apply's worker threads.
     */
    private StagedItem loadStaged(FeedSource source, Manifest.ItemEntry entry) throws IOException, FeedException {
        byte[] bytes = source.local() ? source.fetchItem(entry.id(), entry.size())
                : Files.readAllBytes(staging.item(entry));
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

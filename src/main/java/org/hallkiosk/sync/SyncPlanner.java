package org.hallkiosk.sync;

import java.security.PublicKey;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.feed.ManifestReader;
import org.hallkiosk.mirror.FeedState;
import org.hallkiosk.mirror.Mirror;

/**
 * The first step of a sync, which changes nothing: whether a manifest may be applied (its signature, its
 * expiry, the sequence guard of the key that signed what is held) and what applying it would change.
 */
final class SyncPlanner {

    private final Mirror mirror;
    private final PublicKey publisherKey;
    private final String keyFingerprint;
    private final Clock clock;

    SyncPlanner(Mirror mirror, PublicKey publisherKey, Clock clock) {
        this.mirror = mirror;
        this.publisherKey = publisherKey;
        this.keyFingerprint = publisherKey == null ? null : Ed25519Keys.fingerprint(publisherKey);
        this.clock = clock;
    }

    /** The fingerprint of the publisher's key, kept with what is applied so the replay guard knows its key. */
    String keyFingerprint() {
        return keyFingerprint;
    }

    /** The manifest, read only once its signature by the publisher's key is verified. */
    Manifest verifiedManifest(byte[] manifestBytes, byte[] signature) throws FeedException {
        if (!Ed25519Keys.verify(publisherKey, manifestBytes, signature)) {
            throw new FeedException("sync.badSignature", FeedNames.SIGNATURE);
        }
        return ManifestReader.read(manifestBytes);
    }

    /**
     * The lowest sequence a manifest may carry, -1 for any. The guard belongs to the key that signed what is
     * held: a feed signed with a newly installed key may carry any valid sequence (the recovery after a lost
     * key or a mistaken huge sequence), and a held sequence beyond the format's bound guards nothing.
     */
    long replayGuard(FeedState state) {
        if (state == null || state.sequence() > ManifestReader.MAX_SEQUENCE) {
            return -1;
        }
        if (state.keyFingerprint() != null && !state.keyFingerprint().equals(keyFingerprint)) {
            return -1;
        }
        return state.sequence();
    }

    /** A manifest past its {@code expires} is a stale or held-back copy: refused. */
    void checkNotExpired(Manifest manifest) throws FeedException {
        OffsetDateTime expires = manifest.expiresAt();
        if (expires != null && !clock.instant().isBefore(expires.toInstant())) {
            throw new FeedException("sync.expired", manifest.expires());
        }
    }

    /** What applying {@code manifest} would change: items new or changed, withdrawn, files missing. */
    SyncPlan plan(Manifest manifest, long before) {
        Map<String, String> held = mirror.items().itemHashes();
        List<Manifest.ItemEntry> added = new ArrayList<>();
        List<Manifest.ItemEntry> changed = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        long bytes = 0;
        for (Manifest.ItemEntry e : manifest.items()) {
            listed.add(e.id());
            String hash = held.get(e.id());
            if (hash == null) {
                added.add(e);
                bytes += e.size();
            } else if (!hash.equals(e.sha256())) {
                changed.add(e);
                bytes += e.size();
            }
        }
        List<String> withdrawn = held.keySet().stream().filter(id -> !listed.contains(id)).sorted().toList();
        List<Manifest.FileEntry> missing = new ArrayList<>();
        for (Manifest.FileEntry f : manifest.files()) {
            if (!mirror.files().has(f.sha256())) {
                missing.add(f);
                bytes += f.size();
            }
        }
        return new SyncPlan(before, manifest, added, changed, withdrawn, missing, bytes);
    }
}

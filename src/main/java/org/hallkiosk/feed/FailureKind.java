package org.hallkiosk.feed;

import java.util.Set;

/**
 * Whose fault a failure is, which decides what a sync records: a fetch or store that failed is worth trying
 * again later (the sync FAILED); a feed that is wrong stays wrong until the publisher publishes again (the
 * sync was REFUSED). The one place that knows which message key is which.
 */
public enum FailureKind {

    /** The network, the source medium or the kiosk's own disk failed: the feed itself may be fine. */
    TRANSIENT,

    /** The publisher's feed is wrong (a bad field, signature, hash, entry): trying again will not help. */
    PUBLISHER;

    /** Failures of fetching or storing rather than of the feed's content. */
    private static final Set<String> TRANSIENT_KEYS = Set.of("http.status", "http.unreachable",
            "feed.missingFile", "feed.notFound", "zip.unreadable", "sync.diskFull", "sync.io", "sync.busy",
            "sync.mirror");

    /** The kind of the failure a message key names; any key not known as transient is the publisher's. */
    public static FailureKind ofKey(String key) {
        return TRANSIENT_KEYS.contains(key) ? TRANSIENT : PUBLISHER;
    }
}

package org.hallkiosk.mirror;

/**
 * Which publication the mirror holds, from where, and the HTTP validators of its manifest. {@code keyFingerprint}
 * names the publisher key that signed it (the replay guard belongs to that key; null in a mirror written before
 * the guard did); {@code expires} is the manifest's expiry as written, or null.
 */
public record FeedState(long sequence, String publisher, String generatedAt, String source, String etag,
                        String lastModified, String appliedAt, String keyFingerprint, String expires) {
}

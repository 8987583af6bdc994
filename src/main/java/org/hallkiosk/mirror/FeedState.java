package org.hallkiosk.mirror;

/** Which publication the mirror holds, from where, and the HTTP validators of its manifest. */
public record FeedState(long sequence, String publisher, String generatedAt, String source, String etag,
                        String lastModified, String appliedAt) {
}

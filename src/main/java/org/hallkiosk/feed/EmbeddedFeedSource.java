package org.hallkiosk.feed;

import java.io.InputStream;

/** The signed sample feed inside the jar, which a kiosk with an empty mirror starts from. */
public final class EmbeddedFeedSource extends LocalFeedSource {

    public static final String RESOURCE_ROOT = "/embedded/sample-feed/";

    public static boolean isPresent() {
        return EmbeddedFeedSource.class.getResource(RESOURCE_ROOT + FeedNames.MANIFEST) != null;
    }

    @Override
    public String describe() {
        return "builtin:sample-feed";
    }

    @Override
    protected InputStream open(String relativePath) {
        return EmbeddedFeedSource.class.getResourceAsStream(RESOURCE_ROOT + relativePath);
    }
}

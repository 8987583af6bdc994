package org.hallkiosk.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the kind of source from how a feed location is written. */
public final class FeedSources {

    private FeedSources() {
    }

    /**
     * @param location an http(s) URL, a folder, a .zip file, or {@code builtin:sample-feed}
     * @param relativeTo the folder a relative path is read against
     */
    public static FeedSource open(String location, Path relativeTo, HttpOptions http) throws IOException, FeedException {
        return open(location, relativeTo, http, new Cancellation(), ZipFeedSource.DEFAULT_MAX_ENTRIES);
    }

    /**
     * @param cancellation staff's 取消, for a source that waits (HTTP's back-off)
     * @param maxZipEntries the bound on the entries of a zip
     */
    public static FeedSource open(String location, Path relativeTo, HttpOptions http, Cancellation cancellation,
                                  int maxZipEntries)
            throws IOException, FeedException {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new HttpFeedSource(URI.create(location), http, cancellation);
        }
        if (location.equals(new EmbeddedFeedSource().describe())) {
            return new EmbeddedFeedSource();
        }
        Path path = relativeTo.resolve(location);
        if (Files.isRegularFile(path) && lower.endsWith(".zip")) {
            return new ZipFeedSource(path, maxZipEntries);
        }
        return new FolderFeedSource(path);
    }
}

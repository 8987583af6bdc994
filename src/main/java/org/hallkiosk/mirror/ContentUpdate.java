package org.hallkiosk.mirror;

import java.util.List;
import java.util.Set;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.Manifest;

/**
 * A whole new publication, verified and ready: the manifest, the ids to add or replace (loaded one at a
 * time so that a first sync of many thousand items does not hold them all in memory), and the ids withdrawn.
 */
public record ContentUpdate(Manifest manifest, List<String> upsertIds, Loader loader, Set<String> withdrawn,
                            String source, FeedSource.Validators validators, String keyFingerprint) {

    /** An update whose signing key is not recorded (tests that write content directly). */
    public ContentUpdate(Manifest manifest, List<String> upsertIds, Loader loader, Set<String> withdrawn,
                         String source, FeedSource.Validators validators) {
        this(manifest, upsertIds, loader, withdrawn, source, validators, null);
    }

    /** Loads a staged, verified item. */
    @FunctionalInterface
    public interface Loader {
        StagedItem load(String id) throws Exception;
    }
}

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
                            String source, FeedSource.Validators validators, String keyFingerprint,
                            Listener listener) {

    /** An update with nothing more to check before its commit. */
    public ContentUpdate(Manifest manifest, List<String> upsertIds, Loader loader, Set<String> withdrawn,
                         String source, FeedSource.Validators validators, String keyFingerprint) {
        this(manifest, upsertIds, loader, withdrawn, source, validators, keyFingerprint, new Listener() { });
    }

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

    /**
     * Told, inside the transaction on the writer thread, of each item written and of the end, before the commit:
     * a failure rolls the whole update back (what only the whole publication can show, work done beside it).
     */
    /** One step of a listener. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    public interface Listener {
        default void itemApplied(StagedItem item) throws Exception {
        }

        default void beforeCommit() throws Exception {
        }
    }
}

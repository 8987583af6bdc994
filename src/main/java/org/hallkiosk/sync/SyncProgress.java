package org.hallkiosk.sync;

/** Where a running sync is, for a progress bar: counts done of counts to do. */
public record SyncProgress(Phase phase, int itemsDone, int itemsTotal, int filesDone, int filesTotal, long bytesDone,
                           long bytesTotal) {

    /** The steps of a sync, in order. */
    public enum Phase { CHECKING, DOWNLOADING_ITEMS, DOWNLOADING_FILES, APPLYING, DONE }

    /** Receives progress; called from the sync's own thread. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = p -> { };

        void onProgress(SyncProgress progress);
    }
}

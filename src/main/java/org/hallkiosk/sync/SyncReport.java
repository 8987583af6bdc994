package org.hallkiosk.sync;

import org.hallkiosk.mirror.SyncOutcome;

/**
 * How a sync ended. {@code reason} is the sentence staff read (null when it went well); {@code reasonKey}
 * its message key, stable for tests and logs.
 */
public record SyncReport(SyncOutcome outcome, String source, long sequenceBefore, long sequenceAfter, int newItems,
                         int changedItems, int withdrawnItems, int files, long bytes, String reasonKey,
                         String reason) {

    public boolean succeeded() {
        return outcome == SyncOutcome.APPLIED || outcome == SyncOutcome.UNCHANGED;
    }
}

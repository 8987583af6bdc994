package org.hallkiosk.mirror;

/**
 * How a sync ended: what the sync hands back and what {@link SyncHistory#finish} writes, one type for both.
 * {@code reason} is the sentence staff read (null when it went well); {@code reasonKey} its message key,
 * stable for tests and logs. A {@code sequenceAfter} below zero means no publication is held.
 */
public record SyncReport(SyncOutcome outcome, String source, long sequenceBefore, long sequenceAfter, int newItems,
                         int changedItems, int withdrawnItems, int files, long bytes, String reasonKey,
                         String reason) {

    public boolean succeeded() {
        return outcome == SyncOutcome.APPLIED || outcome == SyncOutcome.UNCHANGED;
    }
}

package org.hallkiosk.mirror;

/** One sync attempt, as staff read it in the history and {@code status} prints it. */
public record SyncRecord(long id, String startedAt, String finishedAt, String source, String trigger,
                         SyncOutcome outcome, Long sequenceBefore, Long sequenceAfter, int newItems,
                         int changedItems, int withdrawnItems, int files, long bytes, String reasonKey,
                         String reason) {
}

package org.hallkiosk.ui.staff;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.hallkiosk.feed.FailureKind;
import org.hallkiosk.mirror.FeedState;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncRecord;

/**
 * The one badge at the top of the staff panel: green when the content is current and the last sync went well,
 * amber when something wants a look but visitors are served (the network was down, the config has problems,
 * a sync was cut off), red when staff must act (content refused, disk full, nothing held). Every state that
 * is not green comes with the one-line 怎么办 of the README's message table.
 *
 * @param headlineKey message key of what the state is
 * @param adviceKey message key of what to do, or null when green
 * @param reason the sentence the failed sync recorded, or null
 */
public record SyncState(Level level, String headlineKey, String adviceKey, String reason) {

    public enum Level { OK, WARN, FAIL }

    /**
     * @param held what the mirror holds (null or sequence < 0 when nothing)
     * @param recent the latest sync attempts, newest first
     * @param configProblems how many problems the running config has
     */
    public static SyncState of(FeedState held, List<SyncRecord> recent, int configProblems) {
        if (held == null || held.sequence() < 0) {
            return new SyncState(Level.FAIL, "ui.staff.state.empty", "ui.staff.advice.empty", null);
        }
        SyncRecord latest = recent.stream().filter(r -> r.outcome() != SyncOutcome.RUNNING
                && r.outcome() != SyncOutcome.CANCELLED).findFirst().orElse(null);
        if (latest != null && latest.outcome() != SyncOutcome.APPLIED
                && latest.outcome() != SyncOutcome.UNCHANGED) {
            String advice = adviceFor(latest.reasonKey());
            Level level = advice.equals("ui.staff.advice.network") || latest.outcome() == SyncOutcome.INTERRUPTED
                    ? Level.WARN : Level.FAIL;
            return new SyncState(level, "ui.staff.state.syncFailed", advice, latest.reason());
        }
        if (configProblems > 0) {
            return new SyncState(Level.WARN, "ui.staff.state.config", "ui.staff.advice.config", null);
        }
        if (expired(held)) {
            return new SyncState(Level.WARN, "ui.staff.state.expired", "ui.staff.advice.expired", held.expires());
        }
        return new SyncState(Level.OK, "ui.staff.state.ok", null, null);
    }

    /** True when the held publication is past its {@code expires}: shown still, but out of date. */
    static boolean expired(FeedState held) {
        if (held.expires() == null) {
            return false;
        }
        try {
            return OffsetDateTime.parse(held.expires()).toInstant().isBefore(Instant.now());
        } catch (DateTimeParseException e) {
            return false; // the sync checked it when it applied; an odd old value is no reason for alarm
        }
    }

    /** The README's table: which row a failure's message key belongs to. */
    static String adviceFor(String reasonKey) {
        if (reasonKey == null) {
            return "ui.staff.advice.other";
        }
        return switch (reasonKey) {
            case "sync.badSignature" -> "ui.staff.advice.signature";
            case "sync.replay" -> "ui.staff.advice.older";
            case "sync.diskFull" -> "ui.staff.advice.disk";
            case "http.status", "http.unreachable", "sync.busy", "sync.interrupted", "sync.timeout", "sync.tooSlow"
                    -> "ui.staff.advice.network";
            case "sync.expired" -> "ui.staff.advice.expired";
            case "feed.notFound", "feed.missingFile", "zip.unreadable" -> "ui.staff.advice.source";
            // a feed in a newer format needs a newer kiosk, not a publisher
            case "sync.io", "sync.mirror", "sync.unexpected", "manifest.newerFormat" -> "ui.staff.advice.other";
            default -> FailureKind.ofKey(reasonKey) == FailureKind.PUBLISHER
                    ? "ui.staff.advice.publisher" : "ui.staff.advice.other";
        };
    }
}

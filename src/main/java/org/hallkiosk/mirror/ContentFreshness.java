package org.hallkiosk.mirror;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hallkiosk.feed.FeedDates;
import org.hallkiosk.i18n.Dates;
import org.hallkiosk.i18n.Messages;

/**
 * How current the held publication is: when it was generated, when it expires (null when the publisher set
 * no expiry), its age in whole days, and whether it has expired. A kiosk keeps showing expired content, but
 * staff are told (status, health, the staff panel), and visitors see 内容更新于 with the date.
 */
public record ContentFreshness(OffsetDateTime generatedAt, OffsetDateTime expires, long ageDays, boolean stale) {

    /** The freshness of what {@code mirror} holds at {@code now}; empty for an empty mirror. */
    public static Optional<ContentFreshness> of(Mirror mirror, Instant now) {
        return mirror.items().state().flatMap(state -> of(state, now));
    }

    static Optional<ContentFreshness> of(FeedState state, Instant now) {
        OffsetDateTime generated = parse(state.generatedAt());
        if (generated == null) {
            return Optional.empty();
        }
        OffsetDateTime expires = parse(state.expires());
        long age = Math.max(0, Duration.between(generated.toInstant(), now).toDays());
        boolean stale = expires != null && !now.isBefore(expires.toInstant());
        return Optional.of(new ContentFreshness(generated, expires, age, stale));
    }

    private static OffsetDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return FeedDates.parse(text);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** The day the held content was published, on the hall's calendar. */
    public LocalDate updatedOn() {
        return generatedAt.atZoneSameInstant(FeedDates.CHINA).toLocalDate();
    }

    /** "内容更新于 2026-11-29": for the home screen, in the current language. */
    public String updatedOnText() {
        return Messages.get("content.updatedOn", Dates.day(updatedOn()));
    }
}

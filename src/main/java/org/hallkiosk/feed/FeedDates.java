package org.hallkiosk.feed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * ISO 8601 as publishers write it: with an offset, without one, or a date alone. The format does not say
 * which zone a bare date is in; the bureau is in China, so a missing offset is read as +08:00.
 */
public final class FeedDates {

    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private FeedDates() {
    }

    public static OffsetDateTime parse(String text) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeParseException ignored) {
            // try the shorter forms below
        }
        try {
            return LocalDateTime.parse(t).atOffset(CHINA);
        } catch (DateTimeParseException ignored) {
            // try a date alone
        }
        try {
            return LocalDate.parse(t).atStartOfDay().atOffset(CHINA);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 date: " + text, e);
        }
    }
}

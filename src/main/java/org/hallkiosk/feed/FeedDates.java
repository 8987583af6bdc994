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
        // The form is told by its shape, not by trying each parser in turn: a failed parse throws, and a
        // first sync reads two dates of every item.
        int tee = t.indexOf('T');
        try {
            if (tee < 0) {
                return LocalDate.parse(t).atStartOfDay().atOffset(CHINA);
            }
            char last = t.charAt(t.length() - 1);
            boolean offset = last == 'Z' || t.indexOf('+', tee) > 0 || t.indexOf('-', tee) > 0;
            return offset ? OffsetDateTime.parse(t) : LocalDateTime.parse(t).atOffset(CHINA);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 date: " + text, e);
        }
    }
}

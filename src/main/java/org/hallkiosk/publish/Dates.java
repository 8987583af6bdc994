package org.hallkiosk.publish;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.hallkiosk.feed.FeedDates;

/** Dates as the feed writes them. */
final class Dates {

    // with seconds, as the sample content writes them (OffsetDateTime.toString drops zero seconds)
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Dates() {
    }

    /** A day and, where written, its time (else the start of the day) in China. */
    static String at(LocalDate day, LocalTime time) {
        return FORMAT.format(day.atTime(time == null ? LocalTime.MIDNIGHT : time).atOffset(FeedDates.CHINA));
    }

    /** The start of the day in China, as the feed's published_at / updated_at. */
    static String start(LocalDate day) {
        return FORMAT.format(day.atStartOfDay().atOffset(FeedDates.CHINA));
    }
}

package org.hallkiosk.publish;

import java.time.LocalDate;
import org.hallkiosk.feed.FeedDates;

/** Dates as the feed writes them. */
final class Dates {

    // with seconds, as the sample content writes them (OffsetDateTime.toString drops zero seconds)
    private static final java.time.format.DateTimeFormatter FORMAT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Dates() {
    }

    /** The start of the day in China, as the feed's published_at / updated_at. */
    static String start(LocalDate day) {
        return FORMAT.format(day.atStartOfDay().atOffset(FeedDates.CHINA));
    }
}

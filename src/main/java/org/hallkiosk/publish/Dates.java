package org.hallkiosk.publish;

import java.time.LocalDate;
import org.hallkiosk.feed.FeedDates;

/** Dates as the feed writes them. */
final class Dates {

    private Dates() {
    }

    /** The start of the day in China, as the feed's published_at / updated_at. */
    static String start(LocalDate day) {
        return day.atStartOfDay().atOffset(FeedDates.CHINA).toString();
    }
}

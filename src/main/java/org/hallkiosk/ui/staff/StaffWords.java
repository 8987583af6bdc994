package org.hallkiosk.ui.staff;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.hallkiosk.feed.FeedDates;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.SyncOutcome;

/** The words the staff tabs share: times in China's zone, sizes in KB or MB, how a sync ended. */
final class StaffWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StaffWords() {
    }

    static String outcome(SyncOutcome o) {
        return Messages.get("ui.staff.outcome." + o.code());
    }

    static String when(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(FeedDates.CHINA).format(WHEN);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Messages.get("ui.staff.size.kb", String.format(Locale.ROOT, "%.1f", bytes / 1024.0));
        }
        return Messages.get("ui.staff.size.mb", String.format(Locale.ROOT, "%.1f", bytes / 1048576.0));
    }
}

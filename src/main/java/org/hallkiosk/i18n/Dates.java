package org.hallkiosk.i18n;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way a day is written on every screen and printed sheet: 2024年6月18日 in Chinese, 18 June 2024 in
 * English (no slashes, which read differently from country to country).
 */
public final class Dates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    public static String day(LocalDate d) {
        if (d == null) {
            return "";
        }
        if (Messages.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return ENGLISH.format(d);
        }
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    public static String day(OffsetDateTime at) {
        return at == null ? "" : day(at.toLocalDate());
    }
}

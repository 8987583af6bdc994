package org.hallkiosk.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hall's screen layout from {@code kiosk-config/layout.yaml}: what the home screen offers, how long a
 * visit may sit idle, the default text size and theme, and what the attract screen shows.
 */
public record Layout(List<Hotline> hotlines, List<Tile> tiles, List<String> hotSearches, Duration idleTimeout,
                     Duration idleWarning, TextSize textSize, Contrast contrast, Attract attract,
                     boolean warningTone) {

    /** The icon names a tile may use; the screens draw each one. */
    public static final Set<String> ICONS = Set.of("policy", "interpretation", "guide", "notice", "news", "topic",
            "card", "job", "medal", "search", "phone", "help");
    /** The tile colours; the theme defines each one for the standard and the high-contrast look. */
    public static final Set<String> COLORS = Set.of("blue", "green", "orange", "red", "purple", "teal", "gray");

    public Layout {
        hotlines = List.copyOf(hotlines);
        tiles = List.copyOf(tiles);
        hotSearches = List.copyOf(hotSearches);
    }

    /** The same layout with other idle times (tests use seconds where a hall uses minutes). */
    public Layout withIdle(Duration timeout, Duration warning) {
        return new Layout(hotlines, tiles, hotSearches, timeout, warning, textSize, contrast, attract, warningTone);
    }

    /** A phone number visitors can call, with what it is for. */
    public record Hotline(String label, String number) {
    }

    /** A home tile: what it says, its icon and colour, and where a tap goes. */
    public record Tile(String label, String icon, String color, Target target) {
    }

    /** Where a tile leads: a column's list, one item, or a search. */
    public record Target(Kind kind, String value) {
        public enum Kind { COLUMN, ITEM, SEARCH }
    }

    /** The attract screen: a title (the hall's name when null), notices shown in turn, and how long each stays. */
    public record Attract(String title, List<String> notices, Duration rotate) {
        public Attract {
            notices = List.copyOf(notices);
        }
    }

    public enum TextSize {
        STANDARD("standard"), LARGE("large");

        private final String code;

        TextSize(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<TextSize> fromCode(String code) {
            for (TextSize t : values()) {
                if (t.code.equals(code)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    public enum Contrast {
        STANDARD("standard"), HIGH("high_contrast");

        private final String code;

        Contrast(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Contrast> fromCode(String code) {
            for (Contrast c : values()) {
                if (c.code.equals(code)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }
}

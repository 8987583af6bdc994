package org.hallkiosk.mirror;

import java.util.Locale;

/**
 * One thing the content-health check found. {@code subject} is the item or column id, {@code title} its
 * title or name, {@code detail} what is wrong with it (a missing id, a hash, a date), or null.
 */
public record HealthFinding(Kind kind, String subject, String title, String detail) {

    /** The work plan's rules: 三同步, 要素齐全, 错链断链, 僵尸栏目. */
    public enum Kind {
        /** A policy no interpretation explains (三同步). */
        POLICY_WITHOUT_INTERPRETATION,
        /** An item names a related item the mirror does not hold (错链断链). */
        MISSING_RELATED,
        /** An item names an attachment that is not in the file store (错链断链). */
        MISSING_ATTACHMENT,
        /** A column with nothing new for longer than the configured days, or nothing at all (僵尸栏目). */
        STALE_COLUMN,
        /** An item without a summary (要素齐全). */
        MISSING_SUMMARY,
        /** An item without a url, so no QR code can take it to a phone (要素齐全). */
        MISSING_URL,
        /** A home tile leads to a column or item the content does not hold (布局；subject is its field). */
        LAYOUT_TARGET_MISSING,
        /** A home tile leads to a column that holds nothing. */
        LAYOUT_TARGET_EMPTY,
        /** A tile's search or a hot search finds nothing. */
        LAYOUT_SEARCH_EMPTY,
        /** The held publication is past its {@code expires}: the kiosk may be frozen on old content. */
        CONTENT_EXPIRED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

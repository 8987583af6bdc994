package org.hallkiosk.content;

import java.util.Optional;

/** The four kinds of content item of the feed format. */
public enum ItemType {
    POLICY("policy"),
    INTERPRETATION("interpretation"),
    GUIDE("guide"),
    NOTICE("notice");

    private final String code;

    ItemType(String code) {
        this.code = code;
    }

    /** The word used in the feed and the database. */
    public String code() {
        return code;
    }

    public static Optional<ItemType> fromCode(String code) {
        for (ItemType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

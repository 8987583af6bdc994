package org.hallkiosk.mirror;

import org.hallkiosk.content.ItemType;

/** Narrows a search to one type and/or one column; null means any. */
public record SearchFilter(ItemType type, String columnId) {
    public static final SearchFilter ALL = new SearchFilter(null, null);
}

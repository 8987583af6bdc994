package org.hallkiosk.mirror;

import org.hallkiosk.content.Item;

/** A verified item file, ready to be applied: its parsed form and the exact bytes that were hashed. */
public record StagedItem(Item item, String sha256, long size, byte[] json) {
}

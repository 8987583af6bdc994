package org.hallkiosk.sync;

import java.util.List;
import org.hallkiosk.feed.Manifest;

/**
 * What a verified manifest would change in the mirror: shown to staff before a USB import is applied,
 * and followed by the engine. {@code downloadBytes} counts only what is not held already.
 */
public record SyncPlan(long sequenceBefore, Manifest manifest, List<Manifest.ItemEntry> newItems,
                       List<Manifest.ItemEntry> changedItems, List<String> withdrawn,
                       List<Manifest.FileEntry> missingFiles, long downloadBytes) {

    public SyncPlan {
        newItems = List.copyOf(newItems);
        changedItems = List.copyOf(changedItems);
        withdrawn = List.copyOf(withdrawn);
        missingFiles = List.copyOf(missingFiles);
    }

    public int unchangedItems() {
        return manifest.items().size() - newItems.size() - changedItems.size();
    }
}

package org.hallkiosk.feed;

import java.util.List;
import org.hallkiosk.content.Item;

/** What of an item points elsewhere in the feed: enough to check a whole publication hangs together. */
public record ItemLinks(String id, String type, List<String> columns, String interprets, List<String> fileHashes) {

    public ItemLinks {
        columns = List.copyOf(columns);
        fileHashes = List.copyOf(fileHashes);
    }

    public static ItemLinks of(Item item) {
        return new ItemLinks(item.id(), item.type().code(), item.columns(),
                item.interpretation() == null ? null : item.interpretation().interprets(), item.fileHashes());
    }
}

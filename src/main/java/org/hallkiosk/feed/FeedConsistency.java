package org.hallkiosk.feed;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hallkiosk.content.Column;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.i18n.Messages;

/**
 * The checks that need the whole publication: an item's file must be the item the manifest lists, its
 * columns must exist, an interpretation must explain a policy of the same feed (三同步), and every
 * attachment it names must be in {@code files}.
 */
public final class FeedConsistency {

    private FeedConsistency() {
    }

    /** Checks that an item file is the one its manifest line announces. */
    public static void checkMatchesEntry(ItemLinks item, Manifest.ItemEntry entry) throws FeedException {
        String where = FeedNames.itemPath(entry.id());
        if (!entry.id().equals(item.id())) {
            throw new FeedException("feed.badField", where, "id", Messages.get("field.idMismatch"), item.id());
        }
        if (!entry.type().equals(item.type())) {
            throw new FeedException("feed.badField", where, "type", Messages.get("field.typeMismatch"), item.type());
        }
    }

    /**
     * For the publisher: every best bet must name items of this publication. (A kiosk only skips a best bet
     * that names a missing item: a display hint never stops an update.)
     */
    public static void checkSearchHints(Manifest manifest) throws FeedException {
        Set<String> ids = new HashSet<>();
        manifest.items().forEach(i -> ids.add(i.id()));
        for (SearchHints.BestBet bet : manifest.search().bestBets()) {
            for (String id : bet.items()) {
                if (!ids.contains(id)) {
                    throw new FeedException("feed.badField", FeedNames.MANIFEST, "search.best_bets",
                            Messages.get("field.unknownBestBet", bet.query()), id);
                }
            }
        }
    }

    public static void check(Manifest manifest, Collection<ItemLinks> items) throws FeedException {
        Set<String> columnIds = new HashSet<>();
        for (Column c : manifest.columns()) {
            columnIds.add(c.id());
        }
        Set<String> files = new HashSet<>();
        manifest.files().forEach(f -> files.add(f.sha256()));
        Map<String, String> types = new HashMap<>();
        items.forEach(i -> types.put(i.id(), i.type()));
        for (ItemLinks item : items) {
            String where = FeedNames.itemPath(item.id());
            for (String column : item.columns()) {
                if (!columnIds.contains(column)) {
                    throw new FeedException("feed.badField", where, "columns",
                            Messages.get("field.unknownColumn"), column);
                }
            }
            if (item.interprets() != null && !ItemType.POLICY.code().equals(types.get(item.interprets()))) {
                throw new FeedException("feed.badField", where, "interprets",
                        Messages.get("field.notAPolicy"), item.interprets());
            }
            for (String hash : item.fileHashes()) {
                if (!files.contains(hash)) {
                    throw new FeedException("feed.badField", where, "attachments",
                            Messages.get("field.fileNotListed"), hash);
                }
            }
        }
    }
}

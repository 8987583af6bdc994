package org.hallkiosk.mirror;

import java.sql.Connection;
import java.sql.SQLException;
import org.hallkiosk.content.Item;
import org.hallkiosk.feed.Manifest;

/** Something derived from items (the search index) that must change in the same transaction as they do. */
interface ItemIndex {

    void remove(Connection c, String itemId) throws SQLException;

    /**
     * What {@link #add(Connection, Item, Object)} needs worked out from the item alone, without the database
     * (tokens, pinyin): called on worker threads, many items at once, so it must touch no shared state.
     */
    Object prepare(Item item);

    /** Adds an item with what {@link #prepare} made of it. */
    void add(Connection c, Item item, Object prepared) throws SQLException;

    default void add(Connection c, Item item) throws SQLException {
        add(c, item, prepare(item));
    }

    /** Before the items of a publication that adds or replaces {@code upserts} of them. */
    default void beginApply(Connection c, int upserts) throws SQLException {
    }

    /** After the items of a publication: what the index keeps of its manifest (search hints). */
    default void publicationApplied(Connection c, Manifest manifest) throws SQLException {
    }
}

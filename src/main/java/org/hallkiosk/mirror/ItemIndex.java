package org.hallkiosk.mirror;

import java.sql.Connection;
import java.sql.SQLException;
import org.hallkiosk.content.Item;

/** Something derived from items (the search index) that must change in the same transaction as they do. */
interface ItemIndex {

    void remove(Connection c, String itemId) throws SQLException;

    void add(Connection c, Item item) throws SQLException;

    /** After the items of a publication: what the index keeps of its manifest (search hints). */
    default void publicationApplied(Connection c, org.hallkiosk.feed.Manifest manifest) throws SQLException {
    }
}

package org.hallkiosk.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;

/**
 * Pictures of items as the kiosk will show them, for the review page. Drawing them takes the kiosk's own
 * screens, which live in {@code ui}; publish does not draw (the bureau's machine may have no display, and the
 * rooms point down), so the command that runs the review hands one in.
 */
public interface ItemPictures {

    /** Draws nothing: a review without pictures. */
    ItemPictures NONE = (feed, key, ids, dir) -> Map.of();

    /**
     * @param feed a feed signed with {@code key} that holds the items (the content under review, published
     *             to a scratch folder)
     * @param dir  where to write one PNG an item
     * @return the picture written for each id; an id it could not draw is left out
     */
    Map<String, Path> draw(Path feed, PublicKey key, List<String> ids, Path dir) throws IOException;
}

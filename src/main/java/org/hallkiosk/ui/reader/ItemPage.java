package org.hallkiosk.ui.reader;

import java.util.List;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.mirror.ItemStore;

/**
 * One item with what its screen links to: the interpretations of a policy (三同步), the policy an
 * interpretation explains, and related items. Read in one go, off the FX thread.
 */
public record ItemPage(Item item, List<ItemSummary> interpretations, ItemSummary interprets,
                       List<ItemSummary> related) {

    public ItemPage {
        interpretations = List.copyOf(interpretations);
        related = List.copyOf(related);
    }

    /** Reads {@code id}; null when the mirror does not hold it (a tile pointing at a removed item). */
    public static ItemPage load(ItemStore items, String id) {
        Item item = items.item(id).orElse(null);
        if (item == null) {
            return null;
        }
        List<ItemSummary> interpretations = item.policy() != null ? items.interpretationsOf(id) : List.of();
        ItemSummary interprets = null;
        if (item.interpretation() != null && item.interpretation().interprets() != null) {
            interprets = items.summaries(List.of(item.interpretation().interprets())).stream().findFirst()
                    .orElse(null);
        }
        var interpretationIds = interpretations.stream().map(ItemSummary::id).toList();
        List<ItemSummary> related = items.summaries(item.related()).stream()
                .filter(s -> !interpretationIds.contains(s.id()))
                .filter(s -> !s.id().equals(item.interpretation() == null ? null : item.interpretation().interprets()))
                .toList();
        return new ItemPage(item, interpretations, interprets, related);
    }
}

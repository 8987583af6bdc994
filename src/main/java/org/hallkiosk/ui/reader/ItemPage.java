package org.hallkiosk.ui.reader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.content.Validity;
import org.hallkiosk.mirror.ItemStore;

/**
 * One item with what its screen links to: the interpretations of a policy (三同步), the policy an
 * interpretation explains, related items, and for a policy no longer in force the one in its place. Read in one go,
 * off the FX thread.
 */
public record ItemPage(Item item, List<ItemSummary> interpretations, ItemSummary interprets,
                       List<ItemSummary> related, ItemSummary inForce, Map<String, String> cited) {

    public ItemPage {
        interpretations = List.copyOf(interpretations);
        related = List.copyOf(related);
        cited = Map.copyOf(cited);
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
        // a policy no longer in force: the document in its place, among its related items (see InForce)
        ItemSummary inForce = null;
        if (item.policy() != null && item.policy().validity() != null
                && item.policy().validity() != Validity.EFFECTIVE) {
            List<Item> relatedItems = item.related().stream().map(items::item)
                    .flatMap(Optional::stream).toList();
            inForce = InForce.of(item, relatedItems)
                    .flatMap(i -> items.summaries(List.of(i.id())).stream().findFirst()).orElse(null);
        }
        // an interpretation's 《…》 names that are items of the mirror: name → id
        Map<String, String> cited = new HashMap<>();
        if (item.interpretation() != null && item.body() != null && item.body().contains("《")) {
            cited = citedItems(item, items.titles());
        }
        return new ItemPage(item, interpretations, interprets, related, inForce, cited);
    }

    /**
     * The names cited as 《…》 in {@code item}'s text that name another held item: its title, or the end of
     * its title (citations leave out the issuer), marks such as （示例） aside. A name that fits two items is
     * left alone.
     */
    static Map<String, String> citedItems(Item item, Map<String, String> titles) {
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("《([^《》]{2,})》").matcher(item.body());
        while (m.find()) {
            String name = InForce.plain(m.group(1));
            if (name.length() < 4 || out.containsKey(m.group(1))) {
                continue;
            }
            List<String> ids = titles.entrySet().stream()
                    .filter(e -> !e.getKey().equals(item.id()))
                    .filter(e -> InForce.plain(e.getValue()).endsWith(name))
                    .map(Map.Entry::getKey).toList();
            if (ids.size() == 1) {
                out.put(m.group(1), ids.get(0));
            }
        }
        return out;
    }
}

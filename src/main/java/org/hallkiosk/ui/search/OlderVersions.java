package org.hallkiosk.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.Validity;
import org.hallkiosk.mirror.ItemStore;
import org.hallkiosk.mirror.SearchHit;
import org.hallkiosk.ui.reader.InForce;

/**
 * Older versions among search results: a repealed, expired or amended policy whose document in force (as the
 * policy screen names it, see {@link InForce}) is among the same results. The results list them under the
 * current one, as 历史版本, instead of as cards of their own. Reads the mirror: not on the FX thread.
 */
final class OlderVersions {

    private OlderVersions() {
    }

    /** Current item id → the hits that are older versions of it, in the order of {@code hits}. */
    static Map<String, List<SearchHit>> of(ItemStore items, List<SearchHit> hits) {
        Set<String> found = hits.stream().map(h -> h.item().id()).collect(Collectors.toSet());
        Map<String, List<SearchHit>> out = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            Validity v = hit.item().validity();
            if (v == null || v == Validity.EFFECTIVE) {
                continue;
            }
            Optional<Item> old = items.item(hit.item().id());
            if (old.isEmpty() || old.get().policy() == null) {
                continue;
            }
            List<Item> related = old.get().related().stream().map(items::item).flatMap(Optional::stream).toList();
            InForce.of(old.get(), related).map(Item::id).filter(found::contains)
                    .ifPresent(current -> out.computeIfAbsent(current, c -> new ArrayList<>()).add(hit));
        }
        return out;
    }
}

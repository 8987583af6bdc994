package org.hallkiosk.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallkiosk.content.Column;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.HealthFinding;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SearchFilter;

/**
 * Whether a layout's tiles and hot searches lead somewhere in the content a mirror holds: a tile's column or
 * item is there (and a column holds something), a tile's search and each hot search find at least one item.
 * The one check behind {@code check-config --data}, {@code health} and the staff panel's 内容健康.
 */
public final class LayoutReach {

    private LayoutReach() {
    }

    /** Everything in {@code layout} that leads nowhere in {@code mirror}, in layout order. Reads the mirror. */
    public static List<HealthFinding> check(Layout layout, Mirror mirror) {
        List<HealthFinding> out = new ArrayList<>();
        Set<String> columns = mirror.items().columns().stream().map(Column::id).collect(Collectors.toSet());
        for (int i = 0; i < layout.tiles().size(); i++) {
            Layout.Tile tile = layout.tiles().get(i);
            Layout.Target t = tile.target();
            if (t == null) {
                continue;
            }
            String at = "tiles[" + i + "].target." + t.kind().name().toLowerCase(Locale.ROOT);
            switch (t.kind()) {
                case COLUMN -> {
                    if (!columns.contains(t.value())) {
                        out.add(new HealthFinding(HealthFinding.Kind.LAYOUT_TARGET_MISSING, at, tile.label(),
                                t.value()));
                    } else if (mirror.items().countInColumn(t.value()) == 0) {
                        out.add(new HealthFinding(HealthFinding.Kind.LAYOUT_TARGET_EMPTY, at, tile.label(),
                                t.value()));
                    }
                }
                case ITEM -> {
                    if (mirror.items().item(t.value()).isEmpty()) {
                        out.add(new HealthFinding(HealthFinding.Kind.LAYOUT_TARGET_MISSING, at, tile.label(),
                                t.value()));
                    }
                }
                case SEARCH -> {
                    if (findsNothing(mirror, t.value())) {
                        out.add(new HealthFinding(HealthFinding.Kind.LAYOUT_SEARCH_EMPTY, at, tile.label(),
                                t.value()));
                    }
                }
            }
        }
        for (int i = 0; i < layout.hotSearches().size(); i++) {
            String words = layout.hotSearches().get(i);
            if (findsNothing(mirror, words)) {
                out.add(new HealthFinding(HealthFinding.Kind.LAYOUT_SEARCH_EMPTY, "hot_searches[" + i + "]", words,
                        words));
            }
        }
        return out;
    }

    /**
     * The same findings as {@code check-config --data} prints them: {@code layout.yaml: tiles[3].target.item:
     * message}. Reads the mirror.
     */
    public static List<ConfigProblem> problems(Layout layout, Mirror mirror) {
        List<ConfigProblem> out = new ArrayList<>();
        for (HealthFinding f : check(layout, mirror)) {
            out.add(new ConfigProblem(LayoutLoader.LAYOUT_FILE, f.subject(),
                    Messages.get("checkConfig." + f.kind().code(), f.title(), f.detail())));
        }
        return out;
    }

    private static boolean findsNothing(Mirror mirror, String words) {
        return mirror.search().search(words, SearchFilter.ALL, 1).hits().isEmpty();
    }
}

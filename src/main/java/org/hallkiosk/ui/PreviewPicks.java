package org.hallkiosk.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hallkiosk.config.Layout;
import org.hallkiosk.content.Column;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SearchFilter;

/**
 * The visitor screens a preview shows for a config folder, with the column, policy, guide and search taken
 * from the layout's own tiles (then its hot searches) where they lead to something in the content, else the
 * first the content holds. A kind the content lacks is left out rather than shown empty. Reads the mirror:
 * not on the FX thread.
 */
public final class PreviewPicks {

    /** A query that finds nothing in any feed, for the 搜索无结果 screen. */
    static final String NOTHING = "qqqxz";
    /** How many of a column's newest items are looked at for a policy or a guide. */
    private static final int LOOK_AT = 50;
    /** Longest item title in a caption before it is cut with …. */
    private static final int TITLE_CHARS = 14;

    /** One screen of the preview: its caption (in the kiosk's language) and how the shell gets there. */
    public record Screen(String caption, ScreenTour.Stop stop) {
    }

    private PreviewPicks() {
    }

    /** Attract, home, a column, a policy, a guide, a search with results and one without, in that order. */
    public static List<Screen> screens(Layout layout, Mirror mirror) {
        List<Screen> screens = new ArrayList<>();
        screens.add(new Screen(Messages.get("preview.screen.attract"),
                new ScreenTour.Stop("attract", s -> s.context().navigator().reset())));
        screens.add(new Screen(Messages.get("preview.screen.home"),
                new ScreenTour.Stop("home", s -> s.context().navigator().home())));
        List<String> columns = columnsToTry(layout, mirror);
        columns.stream().findFirst().flatMap(id -> column(mirror, id)).ifPresent(c -> screens.add(new Screen(
                Messages.get("preview.screen.column", c.name()), new ScreenTour.Stop("column", s -> {
                    s.context().navigator().home();
                    s.context().navigator().go(new Place.ColumnList(c.id()));
                }))));
        item(layout, mirror, columns, ItemType.POLICY).ifPresent(i -> screens.add(
                itemScreen("preview.screen.policy", "policy", i)));
        item(layout, mirror, columns, ItemType.GUIDE).ifPresent(i -> screens.add(
                itemScreen("preview.screen.guide", "guide", i)));
        search(layout, mirror).ifPresent(q -> screens.add(searchScreen("preview.screen.search", "search", q)));
        if (mirror.search().search(NOTHING, SearchFilter.ALL, 1).hits().isEmpty()) {
            screens.add(searchScreen("preview.screen.noResults", "no-results", NOTHING));
        }
        return screens;
    }

    /** The tiles' columns that hold something, then the content's other columns that do. */
    static List<String> columnsToTry(Layout layout, Mirror mirror) {
        Set<String> ids = new LinkedHashSet<>();
        for (Layout.Tile t : layout.tiles()) {
            if (t.target().kind() == Layout.Target.Kind.COLUMN) {
                ids.add(t.target().value());
            }
        }
        mirror.items().columns().forEach(c -> ids.add(c.id()));
        ids.removeIf(id -> mirror.items().countInColumn(id) == 0);
        return new ArrayList<>(ids);
    }

    private static Optional<Column> column(Mirror mirror, String id) {
        return mirror.items().columns().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A tile's own item of that type, else the newest of that type in the columns in turn. */
    static Optional<ItemSummary> item(Layout layout, Mirror mirror, List<String> columns, ItemType type) {
        List<String> tileItems = layout.tiles().stream()
                .filter(t -> t.target().kind() == Layout.Target.Kind.ITEM).map(t -> t.target().value()).toList();
        for (ItemSummary s : mirror.items().summaries(tileItems)) {
            if (s.type() == type) {
                return Optional.of(s);
            }
        }
        for (String column : columns) {
            for (ItemSummary s : mirror.items().inColumn(column, 0, LOOK_AT)) {
                if (s.type() == type) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** The first of the tiles' searches, then the hot searches, that finds something. */
    static Optional<String> search(Layout layout, Mirror mirror) {
        List<String> queries = new ArrayList<>();
        layout.tiles().stream().filter(t -> t.target().kind() == Layout.Target.Kind.SEARCH)
                .forEach(t -> queries.add(t.target().value()));
        queries.addAll(layout.hotSearches());
        return queries.stream()
                .filter(q -> !mirror.search().search(q, SearchFilter.ALL, 1).hits().isEmpty())
                .findFirst();
    }

    private static Screen itemScreen(String key, String name, ItemSummary item) {
        return new Screen(Messages.get(key, shortTitle(item.title())), new ScreenTour.Stop(name, s -> {
            s.context().navigator().home();
            s.context().navigator().go(new Place.Item(item.id()));
        }));
    }

    private static Screen searchScreen(String key, String name, String query) {
        return new Screen(Messages.get(key, query), new ScreenTour.Stop(name, s -> {
            s.context().navigator().home();
            s.context().navigator().go(new Place.Search(query));
        }));
    }

    static String shortTitle(String title) {
        int[] cps = title.codePoints().toArray();
        return cps.length <= TITLE_CHARS ? title : new String(cps, 0, TITLE_CHARS - 1) + "…";
    }
}

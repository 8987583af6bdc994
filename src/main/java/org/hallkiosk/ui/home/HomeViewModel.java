package org.hallkiosk.ui.home;

import java.util.List;
import org.hallkiosk.config.Layout;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Place;

/** The home screen: the layout's tiles, hot searches and hotlines, and where each leads. */
public final class HomeViewModel {

    private final KioskContext context;

    public HomeViewModel(KioskContext context) {
        this.context = context;
    }

    public String hallName() {
        return context.hallName();
    }

    public List<Layout.Tile> tiles() {
        return context.layout().tiles();
    }

    public List<String> hotSearches() {
        return context.layout().hotSearches();
    }

    public List<Layout.Hotline> hotlines() {
        return context.layout().hotlines();
    }

    public void open(Layout.Tile tile) {
        context.navigator().go(placeOf(tile.target()));
    }

    static Place placeOf(Layout.Target target) {
        return switch (target.kind()) {
            case COLUMN -> new Place.ColumnList(target.value());
            case ITEM -> new Place.Item(target.value());
            case SEARCH -> new Place.Search(target.value());
        };
    }

    public void search(String query) {
        context.navigator().go(new Place.Search(query));
    }
}

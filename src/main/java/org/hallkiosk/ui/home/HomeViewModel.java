package org.hallkiosk.ui.home;

import static org.hallkiosk.ui.DeadEnds.deadHotSearches;
import static org.hallkiosk.ui.DeadEnds.findsNothing;
import static org.hallkiosk.ui.DeadEnds.report;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.config.Layout;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.ContentFreshness;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Place;
import org.hallkiosk.ui.aids.ReadAloud;

/** The home screen: the layout's tiles, hot searches and hotlines, and where each leads. */
public final class HomeViewModel {

    private static final Logger LOG = Logger.getLogger(HomeViewModel.class.getName());

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

    /** The tiles and hot searches that lead nowhere, found in the background. */
    public record DeadEnds(Set<Layout.Tile> tiles, Set<String> hotSearches) {
    }

    /** "内容更新于 2024年6月18日" for the foot of home, read off the FX thread; empty when nothing is held. */
    public void contentDate(Consumer<String> shown) {
        var mirror = context.mirror();
        context.tasks().run(() -> ContentFreshness.of(mirror, Instant.now())
                        .map(ContentFreshness::updatedOnText).orElse(""), shown,
                e -> BackgroundFailures.report("content date", e));
    }

    /**
     * Finds, off the FX thread, the tiles whose column or item the mirror lacks (or whose column is empty) or
     * whose search finds nothing, and the hot searches that find nothing; hands them to {@code found} to hide,
     * and logs each for staff.
     */
    public void findDeadEnds(Consumer<DeadEnds> found) {
        var items = context.mirror().items();
        var search = context.mirror().search();
        List<Layout.Tile> tiles = tiles();
        List<String> hot = hotSearches();
        context.tasks().run(() -> {
            Set<String> columns = new HashSet<>();
            items.columns().forEach(c -> columns.add(c.id()));
            Set<Layout.Tile> deadTiles = new HashSet<>();
            for (Layout.Tile t : tiles) {
                String v = t.target().value();
                boolean dead = switch (t.target().kind()) {
                    case COLUMN -> !columns.contains(v) || items.countInColumn(v) == 0;
                    case ITEM -> items.item(v).isEmpty();
                    case SEARCH -> findsNothing(search, v);
                };
                if (dead) {
                    deadTiles.add(t);
                    report("tile " + t.label() + " " + v, "home tile \"" + t.label()
                            + "\" leads nowhere (" + t.target().kind() + " " + v + "); it is hidden");
                }
            }
            return new DeadEnds(deadTiles, deadHotSearches(search, hot));
        }, found, error -> LOG.log(Level.WARNING, "checking the home tiles failed", error));
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

    /** What 朗读 reads on home: the hall, how to search, the tiles, and whom to call. */
    public String readAloudText() {
        StringBuilder sb = new StringBuilder(hallName()).append("。");
        sb.append(Messages.get("ui.home.searchHint")).append("。");
        for (Layout.Tile t : tiles()) {
            sb.append(t.label()).append("。");
        }
        for (Layout.Hotline h : hotlines()) {
            sb.append(h.label()).append("：").append(h.number()).append("。");
        }
        return sb.toString();
    }

    /**
     * Offers 朗读 on home once it is known whether a speech engine works here (the check may start the
     * engine the first time, so it runs in the background).
     */
    public void offerReadAloud(ReadAloud.Readable home) {
        context.tasks().run(() -> context.aids().check().speech().isWorking(), works -> {
            context.readAloud().engineWorks().set(works);
            context.readAloud().loaded(home, context.navigator().current().get());
        }, error -> LOG.log(Level.WARNING, "checking the speech engine failed", error));
    }

    public void search(String query) {
        context.navigator().go(new Place.Search(query));
    }
}

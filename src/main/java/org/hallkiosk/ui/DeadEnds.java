package org.hallkiosk.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hallkiosk.mirror.Search;
import org.hallkiosk.mirror.SearchFilter;

/**
 * What the layout offers a visitor that leads nowhere (a hot search that finds nothing, a tile whose column or
 * item is gone), found off the FX thread so the screen hides it, and logged for staff once per run whichever
 * screen found it first (health and the staff panel report the same through LayoutReach).
 */
public final class DeadEnds {

    private static final Logger LOG = Logger.getLogger(DeadEnds.class.getName());
    /** Each dead end is logged once per run, not on every visit to home or search. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private DeadEnds() {
    }

    /** Whether {@code query} finds no item. Reads the mirror: not on the FX thread. */
    public static boolean findsNothing(Search search, String query) {
        return search.search(query, SearchFilter.ALL, 1).hits().isEmpty();
    }

    /** Logs {@code message} for staff, once per run for each {@code key}. */
    public static void report(String key, String message) {
        if (REPORTED.add(key)) {
            LOG.warning(message);
        }
    }

    /** The hot searches of {@code hot} that find nothing, each reported. Reads the mirror: not on the FX thread. */
    public static Set<String> deadHotSearches(Search search, List<String> hot) {
        Set<String> dead = new HashSet<>();
        for (String q : hot) {
            if (findsNothing(search, q)) {
                dead.add(q);
                report("hot " + q, "hot search \"" + q + "\" finds nothing; it is hidden");
            }
        }
        return dead;
    }

    /** Finds the layout's hot searches that find nothing in the background and hands them to {@code found}. */
    public static void findDeadHotSearches(KioskContext context, Consumer<Set<String>> found) {
        Search search = context.mirror().search();
        List<String> hot = context.layout().hotSearches();
        context.tasks().run(() -> deadHotSearches(search, hot), found,
                error -> LOG.log(Level.WARNING, "checking the hot searches failed", error));
    }
}

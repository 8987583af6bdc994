package org.hallkiosk.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The visitor's path: a stack of live screens, so back returns to a list at the page and scroll position it
 * was left at. Home and the idle reset drop the whole stack, and with it everything the visitor did.
 */
public final class Navigator {

    private final Function<Place, Screen> screens;
    private final Deque<Entry> stack = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Place> place = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private boolean disposed;

    private record Entry(Place place, Screen screen) {
    }

    public Navigator(Function<Place, Screen> screens) {
        this.screens = screens;
    }

    public ReadOnlyObjectProperty<Screen> current() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Place> place() {
        return place.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBack() {
        return canGoBack.getReadOnlyProperty();
    }

    /** How many screens deep the visitor is (1 on home or attract). */
    public int depth() {
        return stack.size();
    }

    public void go(Place to) {
        if (disposed) {
            return; // a late callback of a shell that is gone builds nothing
        }
        List<Entry> dropped = new ArrayList<>();
        if (to instanceof Place.Home || to instanceof Place.Attract) {
            while (!stack.isEmpty()) {
                dropped.add(stack.pop());
            }
        }
        stack.push(new Entry(to, screens.apply(to)));
        show();
        // after the new screen shows: nothing on screen is disposed
        dropped.forEach(e -> e.screen.dispose());
    }

    public void back() {
        if (!disposed && stack.size() > 1) {
            Entry left = stack.pop();
            show();
            left.screen.dispose(); // after the next screen shows: nothing on screen is disposed
        }
    }

    public void home() {
        go(new Place.Home());
    }

    /** The idle reset: every screen of the visit is disposed; only the attract screen remains. */
    public void reset() {
        go(new Place.Attract());
    }

    /**
     * Disposes every screen in the history, the one shown included (the shell is going away). The properties
     * keep their last values, so nothing is rebuilt; the navigator is not used afterwards.
     */
    public void dispose() {
        disposed = true;
        while (!stack.isEmpty()) {
            stack.pop().screen.dispose();
        }
    }

    private void show() {
        Entry top = stack.peek();
        place.set(top.place);
        current.set(top.screen);
        canGoBack.set(stack.size() > 1);
    }
}

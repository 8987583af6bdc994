package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/** Which screens the navigator disposes: those that leave the history, never one kept for 返回. */
class NavigatorTest {

    /** A screen that only remembers whether it was disposed (and how often). */
    static final class Counted implements Screen {
        final Place place;
        int disposed;

        Counted(Place place) {
            this.place = place;
        }

        @Override
        public Node view() {
            return null;
        }

        @Override
        public ObservableValue<String> title() {
            return new SimpleStringProperty("");
        }

        @Override
        public void dispose() {
            disposed++;
        }
    }

    final List<Counted> built = new ArrayList<>();
    final Navigator navigator = new Navigator(place -> {
        Counted c = new Counted(place);
        built.add(c);
        return c;
    });

    @Test
    void aScreenKeptForBackIsNotDisposedUntilItIsDropped() {
        navigator.reset();
        navigator.home();
        assertThat(built.get(0).disposed).as("attract, left for home").isEqualTo(1);
        navigator.go(new Place.ColumnList("tzgg"));
        navigator.go(new Place.Item("a"));
        assertThat(built.subList(1, 4)).allMatch(c -> c.disposed == 0);

        navigator.back();
        assertThat(built.get(3).disposed).as("the item, left by back").isEqualTo(1);
        assertThat(built.get(2).disposed).as("the list, shown again").isZero();
        assertThat(navigator.current().get()).isSameAs(built.get(2));

        navigator.reset();
        assertThat(built.subList(1, 4)).allMatch(c -> c.disposed == 1);
        assertThat(built.get(4).disposed).as("the new attract screen").isZero();
    }

    @Test
    void disposingTheNavigatorDisposesTheWholeHistoryOnceAndBuildsNothingMore() {
        navigator.home();
        navigator.go(new Place.Search("x"));
        navigator.dispose();
        assertThat(built).allMatch(c -> c.disposed == 1);

        navigator.reset(); // a late idle reset or callback of a shell that is gone
        navigator.back();
        assertThat(built).hasSize(2);
        assertThat(built).allMatch(c -> c.disposed == 1);
    }
}

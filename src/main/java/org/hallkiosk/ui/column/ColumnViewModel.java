package org.hallkiosk.ui.column;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.config.Layout;
import org.hallkiosk.content.Column;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Place;

/** A column's items, newest first, a page at a time (pages of large rows rather than a long thin list). */
public final class ColumnViewModel {

    static final int PAGE_SIZE = 5;
    static final int PAGE_SIZE_LARGE = 3;

    private final KioskContext context;
    private final String columnId;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final IntegerProperty total = new SimpleIntegerProperty(-1);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final ObservableList<ItemSummary> rows = FXCollections.observableArrayList();
    private int requested;
    private final ChangeListener<Layout.TextSize> onTextSize = (o, a, b) -> {
        page.set(0);
        load();
    };

    public ColumnViewModel(KioskContext context, String columnId) {
        this.context = context;
        this.columnId = columnId;
        // Weak: the display mode outlives this screen, and must not keep a discarded list alive.
        context.display().textSize().addListener(new WeakChangeListener<>(onTextSize));
        context.record("column", null, columnId, null, null);
        load();
    }

    public ReadOnlyStringProperty name() {
        return name.getReadOnlyProperty();
    }

    /** How many items the column holds; -1 until known. */
    public IntegerProperty total() {
        return total;
    }

    /** The page shown, from 0. */
    public IntegerProperty page() {
        return page;
    }

    public ObservableList<ItemSummary> rows() {
        return rows;
    }

    public int pageSize() {
        return context.display().textSize().get() == Layout.TextSize.LARGE ? PAGE_SIZE_LARGE : PAGE_SIZE;
    }

    public int pageCount() {
        return Math.max(1, (total.get() + pageSize() - 1) / pageSize());
    }

    public boolean hasNext() {
        return page.get() + 1 < pageCount();
    }

    public boolean hasPrevious() {
        return page.get() > 0;
    }

    public void next() {
        if (hasNext()) {
            page.set(page.get() + 1);
            load();
        }
    }

    public void previous() {
        if (hasPrevious()) {
            page.set(page.get() - 1);
            load();
        }
    }

    /** For an empty column's next steps: search, the hall's hot searches and hotlines. */
    public void search(String query) {
        context.navigator().go(new Place.Search(query));
    }

    public List<String> hotSearches() {
        return context.layout().hotSearches();
    }

    public List<Layout.Hotline> hotlines() {
        return context.layout().hotlines();
    }

    public void open(ItemSummary item) {
        context.navigator().go(new Place.Item(item.id()));
    }

    private record Loaded(String name, int total, List<ItemSummary> rows) {
    }

    private void load() {
        int ticket = ++requested;
        int size = pageSize();
        int offset = page.get() * size;
        var items = context.mirror().items();
        context.tasks().run(() -> new Loaded(
                        items.columns().stream().filter(c -> c.id().equals(columnId)).map(Column::name)
                                .findFirst().orElse(columnId),
                        items.countInColumn(columnId), items.inColumn(columnId, offset, size)),
                loaded -> {
                    if (ticket == requested) { // a later page request wins over an earlier slow one
                        name.set(loaded.name());
                        total.set(loaded.total());
                        rows.setAll(loaded.rows());
                    }
                },
                error -> total.set(0));
    }
}

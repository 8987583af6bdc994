package org.hallkiosk.ui.design;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.Layout;
import org.hallkiosk.config.LayoutFile;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.config.LayoutYaml;
import org.hallkiosk.content.Column;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SearchFilter;
import org.hallkiosk.mirror.SearchHit;
import org.hallkiosk.ui.UiTaskExecutor;

/**
 * The layout designer's state: the layout being edited (an immutable {@link Layout}, one snapshot per step of
 * undo), the tile chosen in the form, how the preview shows it (kiosk size, text size, look, screen), the
 * content a target can lead to, how many results each search finds, and the problems that keep it from being
 * saved. Every edit is checked in the background by the same checks as {@code check-config --data} and the
 * tile colours' contrast; saving writes layout.yaml only when they pass.
 */
public final class DesignViewModel {

    private static final Logger LOG = Logger.getLogger(DesignViewModel.class.getName());
    /** A search is counted up to this many results; more shows as "100 条以上". */
    static final int COUNT_LIMIT = 100;
    static final int FIND_LIMIT = 12;

    /** The kiosk sizes halls have (docs/product.md), landscape and portrait. */
    public static final List<PreviewSize> SIZES = List.of(new PreviewSize(1920, 1080), new PreviewSize(1080, 1920),
            new PreviewSize(1366, 768), new PreviewSize(1280, 1024));

    /** A kiosk screen size in pixels. */
    public record PreviewSize(int width, int height) {
        @Override
        public String toString() {
            return width + " × " + height;
        }
    }

    /** Which of the layout's screens the preview shows. */
    public enum PreviewScreen { HOME, ATTRACT }

    private final DesignSource source;
    private final Mirror mirror;
    private final UiTaskExecutor tasks;
    private final ThemePalette palette;
    private final EditHistory<Layout> history;
    private String original;
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<PreviewSize> previewSize = new SimpleObjectProperty<>(SIZES.get(0));
    private final ObjectProperty<Layout.TextSize> previewText = new SimpleObjectProperty<>();
    private final ObjectProperty<Layout.Contrast> previewLook = new SimpleObjectProperty<>();
    private final ObjectProperty<PreviewScreen> previewScreen = new SimpleObjectProperty<>(PreviewScreen.HOME);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, Integer> counts = FXCollections.observableHashMap();
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObservableMap<String, String> titles = FXCollections.observableHashMap();
    private long checks;

    public DesignViewModel(DesignSource source, Mirror mirror, UiTaskExecutor tasks, ThemePalette palette) {
        this.source = source;
        this.mirror = mirror;
        this.tasks = tasks;
        this.palette = palette;
        this.original = source.original();
        this.history = new EditHistory<>(source.layout());
        previewText.set(source.layout().textSize());
        previewLook.set(source.layout().contrast());
        if (!source.problems().isEmpty()) {
            status.set(Messages.get("design.startedFromBuiltIn", source.problems().get(0).toString()));
        }
        history.current().addListener((o, was, now) -> recheck());
        loadContent();
        recheck();
    }

    // --- state ------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Layout> layout() {
        return history.current();
    }

    Layout get() {
        return history.get();
    }

    public String hallName() {
        return source.hallName();
    }

    public Path configDir() {
        return source.configDir();
    }

    public IntegerProperty selected() {
        return selected;
    }

    public ObjectProperty<PreviewSize> previewSize() {
        return previewSize;
    }

    public ObjectProperty<Layout.TextSize> previewText() {
        return previewText;
    }

    public ObjectProperty<Layout.Contrast> previewLook() {
        return previewLook;
    }

    public ObjectProperty<PreviewScreen> previewScreen() {
        return previewScreen;
    }

    /** What keeps the layout from being saved, as {@code layout.yaml: field: message}; empty when it may be. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The outcome of the last save, or why the designer started from the built-in layout. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Results found by each search asked about (up to {@link #COUNT_LIMIT}). */
    public ObservableMap<String, Integer> counts() {
        return counts;
    }

    public ObservableList<Column> columns() {
        return columns;
    }

    /** Every item's title by id. */
    public ObservableMap<String, String> titles() {
        return titles;
    }

    public ThemePalette palette() {
        return palette;
    }

    public ReadOnlyBooleanProperty canUndo() {
        return history.canUndo();
    }

    public ReadOnlyBooleanProperty canRedo() {
        return history.canRedo();
    }

    // --- undo ---------------------------------------------------------------------------------------------

    public void undo() {
        history.undo();
        clampSelection();
    }

    public void redo() {
        history.redo();
        clampSelection();
    }

    /** The next edit of the same field starts a new step of undo (the field lost the focus). */
    public void seal() {
        history.seal();
    }

    private void clampSelection() {
        int n = get().tiles().size();
        if (selected.get() >= n) {
            selected.set(n - 1);
        }
    }

    // --- tiles --------------------------------------------------------------------------------------------

    /** A new tile at the end, leading to the first column that holds something, chosen in the form. */
    public void addTile() {
        Layout.Target target = columns.isEmpty()
                ? new Layout.Target(Layout.Target.Kind.SEARCH, Messages.get("design.newTile"))
                : new Layout.Target(Layout.Target.Kind.COLUMN, columns.get(0).id());
        List<Layout.Tile> tiles = new ArrayList<>(get().tiles());
        tiles.add(new Layout.Tile(Messages.get("design.newTile"), "topic", "blue", target));
        edit(null, l -> withTiles(l, tiles));
        selected.set(tiles.size() - 1);
    }

    public void removeTile(int index) {
        List<Layout.Tile> tiles = new ArrayList<>(get().tiles());
        if (index < 0 || index >= tiles.size()) {
            return;
        }
        tiles.remove(index);
        edit(null, l -> withTiles(l, tiles));
        selected.set(Math.min(index, tiles.size() - 1));
    }

    /** Moves the tile at {@code from} to {@code to} (the index it has afterwards); the selection follows it. */
    public void moveTile(int from, int to) {
        List<Layout.Tile> tiles = new ArrayList<>(get().tiles());
        if (from < 0 || from >= tiles.size() || to < 0 || to >= tiles.size() || from == to) {
            return;
        }
        tiles.add(to, tiles.remove(from));
        edit(null, l -> withTiles(l, tiles));
        selected.set(to);
    }

    public void setTileLabel(int index, String label) {
        changeTile(index, "label", t -> new Layout.Tile(label.strip(), t.icon(), t.color(), t.target()));
    }

    public void setTileIcon(int index, String icon) {
        changeTile(index, "icon", t -> new Layout.Tile(t.label(), icon, t.color(), t.target()));
    }

    public void setTileColor(int index, String color) {
        changeTile(index, "color", t -> new Layout.Tile(t.label(), t.icon(), color, t.target()));
    }

    public void setTileTarget(int index, Layout.Target target) {
        changeTile(index, "target." + target.kind(), t -> new Layout.Tile(t.label(), t.icon(), t.color(), target));
        if (target.kind() == Layout.Target.Kind.SEARCH) {
            requestCount(target.value());
        }
    }

    private void changeTile(int index, String field, UnaryOperator<Layout.Tile> change) {
        List<Layout.Tile> tiles = new ArrayList<>(get().tiles());
        if (index < 0 || index >= tiles.size()) {
            return;
        }
        tiles.set(index, change.apply(tiles.get(index)));
        edit("tiles." + index + "." + field, l -> withTiles(l, tiles));
    }

    // --- hot searches and hotlines -----------------------------------------------------------------------

    public void addHotSearch(String words) {
        if (words == null || words.isBlank()) {
            return;
        }
        List<String> hot = new ArrayList<>(get().hotSearches());
        hot.add(words.strip());
        edit(null, l -> new Layout(l.hotlines(), l.tiles(), hot, l.idleTimeout(), l.idleWarning(), l.textSize(),
                l.contrast(), l.attract(), l.warningTone()));
        requestCount(words.strip());
    }

    public void setHotSearch(int index, String words) {
        List<String> hot = new ArrayList<>(get().hotSearches());
        if (index < 0 || index >= hot.size()) {
            return;
        }
        hot.set(index, words.strip());
        edit("hot." + index, l -> new Layout(l.hotlines(), l.tiles(), hot, l.idleTimeout(), l.idleWarning(),
                l.textSize(), l.contrast(), l.attract(), l.warningTone()));
        requestCount(words.strip());
    }

    public void removeHotSearch(int index) {
        List<String> hot = new ArrayList<>(get().hotSearches());
        if (index < 0 || index >= hot.size()) {
            return;
        }
        hot.remove(index);
        edit(null, l -> new Layout(l.hotlines(), l.tiles(), hot, l.idleTimeout(), l.idleWarning(), l.textSize(),
                l.contrast(), l.attract(), l.warningTone()));
    }

    public void addHotline() {
        List<Layout.Hotline> lines = new ArrayList<>(get().hotlines());
        lines.add(new Layout.Hotline(Messages.get("design.newHotline"), "12345"));
        edit(null, l -> withHotlines(l, lines));
    }

    public void setHotline(int index, String label, String number) {
        List<Layout.Hotline> lines = new ArrayList<>(get().hotlines());
        if (index < 0 || index >= lines.size()) {
            return;
        }
        lines.set(index, new Layout.Hotline(label.strip(), number.strip()));
        edit("hotline." + index, l -> withHotlines(l, lines));
    }

    public void removeHotline(int index) {
        List<Layout.Hotline> lines = new ArrayList<>(get().hotlines());
        if (index < 0 || index >= lines.size()) {
            return;
        }
        lines.remove(index);
        edit(null, l -> withHotlines(l, lines));
    }

    // --- idle, defaults, attract ------------------------------------------------------------------------

    public void setIdle(long timeoutSeconds, long warningSeconds) {
        edit("idle", l -> l.withIdle(Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(warningSeconds)));
    }

    public void setWarningTone(boolean on) {
        edit(null, l -> new Layout(l.hotlines(), l.tiles(), l.hotSearches(), l.idleTimeout(), l.idleWarning(),
                l.textSize(), l.contrast(), l.attract(), on));
    }

    /** The text size each visit starts with; the preview shows it. */
    public void setTextSize(Layout.TextSize size) {
        edit(null, l -> new Layout(l.hotlines(), l.tiles(), l.hotSearches(), l.idleTimeout(), l.idleWarning(),
                size, l.contrast(), l.attract(), l.warningTone()));
        previewText.set(size);
    }

    /** The look each visit starts with; the preview shows it. */
    public void setTheme(Layout.Contrast look) {
        edit(null, l -> new Layout(l.hotlines(), l.tiles(), l.hotSearches(), l.idleTimeout(), l.idleWarning(),
                l.textSize(), look, l.attract(), l.warningTone()));
        previewLook.set(look);
    }

    /** The attract screen's title; blank means the hall's name. */
    public void setAttractTitle(String title) {
        String t = title == null || title.isBlank() ? null : title.strip();
        edit("attract.title", l -> withAttract(l, new Layout.Attract(t, l.attract().notices(), l.attract().rotate())));
    }

    /** The notices, one a line; blank lines are dropped. */
    public void setNotices(String lines) {
        List<String> notices = lines.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        edit("attract.notices", l -> withAttract(l, new Layout.Attract(l.attract().title(), notices,
                l.attract().rotate())));
    }

    public void setRotateSeconds(long seconds) {
        edit("attract.rotate", l -> withAttract(l, new Layout.Attract(l.attract().title(), l.attract().notices(),
                Duration.ofSeconds(seconds))));
    }

    private void edit(String key, UnaryOperator<Layout> change) {
        history.apply(key, change.apply(get()));
    }

    private static Layout withTiles(Layout l, List<Layout.Tile> tiles) {
        return new Layout(l.hotlines(), tiles, l.hotSearches(), l.idleTimeout(), l.idleWarning(), l.textSize(),
                l.contrast(), l.attract(), l.warningTone());
    }

    private static Layout withHotlines(Layout l, List<Layout.Hotline> lines) {
        return new Layout(lines, l.tiles(), l.hotSearches(), l.idleTimeout(), l.idleWarning(), l.textSize(),
                l.contrast(), l.attract(), l.warningTone());
    }

    private static Layout withAttract(Layout l, Layout.Attract a) {
        return new Layout(l.hotlines(), l.tiles(), l.hotSearches(), l.idleTimeout(), l.idleWarning(), l.textSize(),
                l.contrast(), a, l.warningTone());
    }

    // --- content --------------------------------------------------------------------------------------

    /** Counts, in the background, what {@code words} finds; the count lands in {@link #counts()}. */
    public void requestCount(String words) {
        if (words == null || words.isBlank() || counts.containsKey(words)) {
            return;
        }
        tasks.run(() -> mirror.search().search(words, SearchFilter.ALL, COUNT_LIMIT).hits().size(),
                n -> counts.put(words, n), e -> LOG.log(Level.WARNING, "counting a search failed", e));
    }

    /** "找到 12 条", "100 条以上", "搜不到任何内容", or "…" while it is being counted. */
    public static String countText(Integer n) {
        if (n == null) {
            return "…";
        }
        return n == 0 ? Messages.get("design.findsNothing")
                : n >= COUNT_LIMIT ? Messages.get("design.findsMany", COUNT_LIMIT) : Messages.get("design.finds", n);
    }

    /** Items whose words match {@code words}, best first, for choosing a tile's item. */
    public void findItems(String words, Consumer<List<ItemSummary>> found) {
        if (words == null || words.isBlank()) {
            found.accept(List.of());
            return;
        }
        tasks.run(() -> mirror.search().search(words, SearchFilter.ALL, FIND_LIMIT).hits().stream()
                .map(SearchHit::item).toList(), found, e -> LOG.log(Level.WARNING, "finding items failed", e));
    }

    private void loadContent() {
        tasks.run(() -> {
            List<Column> held = new ArrayList<>();
            for (Column c : mirror.items().columns()) {
                if (mirror.items().countInColumn(c.id()) > 0) {
                    held.add(c);
                }
            }
            return new Content(held, mirror.items().titles());
        }, content -> {
            titles.putAll(content.titles()); // before the columns, whose arrival refreshes the form
            columns.setAll(content.columns());
        }, e -> LOG.log(Level.WARNING, "reading the columns failed", e));
        for (Layout.Tile t : get().tiles()) {
            if (t.target() != null && t.target().kind() == Layout.Target.Kind.SEARCH) {
                requestCount(t.target().value());
            }
        }
        get().hotSearches().forEach(this::requestCount);
    }

    private record Content(List<Column> columns, Map<String, String> titles) {
    }

    // --- checking and saving -------------------------------------------------------------------------------

    /** The tiles whose text would be hard to read, in either look, as problems that block saving. */
    List<ConfigProblem> contrastProblems(Layout layout) {
        List<ConfigProblem> out = new ArrayList<>();
        for (int i = 0; i < layout.tiles().size(); i++) {
            Layout.Tile t = layout.tiles().get(i);
            double worst = palette.worstContrast(t.color());
            if (worst < ThemePalette.MIN_CONTRAST) {
                out.add(new ConfigProblem(LayoutLoader.LAYOUT_FILE, "tiles[" + i + "].color",
                        Messages.get("design.lowContrast", t.label(), ratio(worst))));
            }
        }
        return out;
    }

    /** A contrast as people read it: 7.1:1. */
    public static String ratio(double contrast) {
        return String.format(Locale.ROOT, "%.1f:1", Math.floor(contrast * 10) / 10);
    }

    private List<ConfigProblem> checkNow(Layout layout, String text) {
        List<ConfigProblem> out = new ArrayList<>(contrastProblems(layout));
        out.addAll(LayoutFile.check(source.configDir(), text, mirror));
        return out;
    }

    /** Checks the current layout in the background; only the newest check's answer is shown. */
    private void recheck() {
        long id = ++checks;
        Layout layout = get();
        String base = original;
        tasks.run(() -> checkNow(layout, LayoutYaml.write(layout, base)), found -> {
            if (id == checks) {
                problems.setAll(found.stream().map(ConfigProblem::toString).toList());
            }
        }, e -> LOG.log(Level.WARNING, "checking the layout failed", e));
    }

    /**
     * Writes layout.yaml when the checks pass (a running kiosk then reloads it as after any edit); otherwise
     * leaves the file alone and shows every problem.
     */
    public void save() {
        Layout layout = get();
        String text = LayoutYaml.write(layout, original);
        long id = ++checks;
        status.set(Messages.get("design.checking"));
        tasks.run(() -> {
            List<ConfigProblem> found = new ArrayList<>(contrastProblems(layout));
            if (found.isEmpty()) {
                found.addAll(LayoutFile.save(source.configDir(), text, mirror));
            }
            return found;
        }, found -> {
            if (found.isEmpty()) {
                original = text;
                status.set(Messages.get("design.saved", source.configDir().resolve(LayoutLoader.LAYOUT_FILE)));
            } else {
                status.set(Messages.get("design.refused", found.size()));
            }
            if (id == checks) {
                problems.setAll(found.stream().map(ConfigProblem::toString).toList());
            }
        }, e -> {
            LOG.log(Level.WARNING, "saving the layout failed", e);
            status.set(Messages.get("design.saveFailed", String.valueOf(e.getMessage())));
        });
    }
}

package org.hallkiosk.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.input.Ink;
import org.hallkiosk.input.PinyinCandidates;
import org.hallkiosk.ui.UiTaskExecutor;

/**
 * The on-screen keyboard's state: its mode (手写, 拼音, 数字), the ink on the handwriting pad, the pinyin typed
 * so far and the candidates for either. Recognition and candidate look-ups run off the FX thread; an answer
 * for older ink or older pinyin is dropped. Types into the search's query, whose cap holds for every key.
 */
public final class KeyboardViewModel {

    static final int MAX_CANDIDATES = 10;
    private static final Logger LOG = Logger.getLogger(KeyboardViewModel.class.getName());

    private final SearchViewModel search;
    private final KeyboardInput input;
    private final PinyinCandidates pinyin;
    private final UiTaskExecutor tasks;
    private final List<InputMode> modes;
    private final ObjectProperty<InputMode> mode;
    private final ObservableList<String> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Ink> ink = new ReadOnlyObjectWrapper<>(new Ink(List.of(), 1, 1));
    private final ChangeListener<String> queryChanged = (o, was, now) -> queryChanged();
    /** Numbers each look-up: only the latest one's answer is shown. */
    private int ticket;
    private boolean disposed;

    public KeyboardViewModel(SearchViewModel search, KeyboardInput input, PinyinCandidates pinyin,
                             UiTaskExecutor tasks) {
        this.search = search;
        this.input = input;
        this.pinyin = pinyin;
        this.tasks = tasks;
        this.modes = input.modes();
        this.mode = new SimpleObjectProperty<>(input.mode());
        search.query().addListener(queryChanged);
        queryChanged();
    }

    /** The modes offered, the default first (手写 only when handwriting works). */
    public List<InputMode> modes() {
        return modes;
    }

    public ReadOnlyObjectProperty<InputMode> mode() {
        return mode;
    }

    public ObservableList<String> candidates() {
        return candidates;
    }

    /** The pinyin typed since the last candidate, space or other key: what a candidate will replace. */
    public ReadOnlyStringProperty pending() {
        return pending.getReadOnlyProperty();
    }

    /** What is written on the pad so far (no strokes after a candidate is chosen or 重写). */
    public ReadOnlyObjectProperty<Ink> ink() {
        return ink.getReadOnlyProperty();
    }

    /** The large mode key: this mode for the rest of the visit. */
    public void choose(InputMode m) {
        if (!modes.contains(m) || disposed) {
            return;
        }
        mode.set(m);
        input.choose(m);
        clearPad();
        refreshPinyin();
    }

    /** A letter, digit or sign key. */
    public void type(String key) {
        search.type(key);
    }

    public void space() {
        search.type(" ");
    }

    public void backspace() {
        search.backspace();
    }

    /** 重写: the pad is cleared, and its candidates with it. */
    public void rewrite() {
        clearPad();
    }

    /**
     * The finger lifted: one more stroke of the character on a pad of {@code width} × {@code height}.
     * Recognition of all the strokes so far starts off the FX thread.
     */
    public void stroke(List<Ink.Point> points, double width, double height) {
        if (disposed || points.isEmpty() || mode.get() != InputMode.HANDWRITING) {
            return;
        }
        List<List<Ink.Point>> strokes = new ArrayList<>(ink.get().strokes());
        strokes.add(points);
        Ink written = new Ink(strokes, width, height);
        ink.set(written);
        int mine = ++ticket;
        tasks.run(() -> input.handwriting().recognize(written, MAX_CANDIDATES),
                found -> show(mine, found),
                error -> LOG.log(Level.WARNING, "handwriting recognition failed", error));
    }

    /** A candidate tapped: typed (手写), or put in place of the pinyin typed so far (拼音). */
    public void pick(String candidate) {
        if (disposed) {
            return;
        }
        if (mode.get() == InputMode.PINYIN) {
            search.replaceEnd(pending.get().length(), candidate);
        } else if (search.type(candidate)) {
            clearPad();
        }
    }

    /** Answers still on their way are dropped; the keyboard stops following the query. */
    public void dispose() {
        disposed = true;
        ticket++;
        search.query().removeListener(queryChanged);
    }

    private void clearPad() {
        ticket++;
        ink.set(new Ink(List.of(), 1, 1));
        candidates.clear();
    }

    private void queryChanged() {
        String q = search.query().get();
        int start = q.length();
        while (start > 0 && q.charAt(start - 1) >= 'a' && q.charAt(start - 1) <= 'z') {
            start--;
        }
        pending.set(q.substring(start));
        refreshPinyin();
    }

    private void refreshPinyin() {
        if (mode.get() != InputMode.PINYIN || disposed) {
            return;
        }
        int mine = ++ticket;
        String typed = pending.get();
        if (typed.isEmpty()) {
            candidates.clear();
            return;
        }
        tasks.run(() -> pinyin.candidates(typed, MAX_CANDIDATES),
                found -> show(mine, found),
                error -> LOG.log(Level.WARNING, "pinyin candidates failed for " + typed, error));
    }

    private void show(int mine, List<String> found) {
        if (mine == ticket && !disposed) {
            candidates.setAll(found);
        }
    }
}

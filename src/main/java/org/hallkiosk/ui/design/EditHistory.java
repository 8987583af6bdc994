package org.hallkiosk.ui.design;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Undo and redo over immutable snapshots. Edits of the same field in a row (the letters of one label) make
 * one step: an edit carrying the key of the edit before it replaces that step instead of adding one.
 */
final class EditHistory<T> {

    private final ReadOnlyObjectWrapper<T> current;
    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private String lastKey;

    EditHistory(T start) {
        current = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(start));
    }

    ReadOnlyObjectProperty<T> current() {
        return current.getReadOnlyProperty();
    }

    T get() {
        return current.get();
    }

    ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    /** Makes {@code next} current. {@code key} names the field edited; null never joins the step before. */
    void apply(String key, T next) {
        if (next.equals(current.get())) {
            return;
        }
        if (key == null || !key.equals(lastKey) || undo.isEmpty()) {
            undo.push(current.get());
        }
        lastKey = key;
        redo.clear();
        current.set(next);
        update();
    }

    /** The next edit starts a step of its own, whatever its key (a field lost the focus). */
    void seal() {
        lastKey = null;
    }

    void undo() {
        if (!undo.isEmpty()) {
            redo.push(current.get());
            lastKey = null;
            current.set(undo.pop());
            update();
        }
    }

    void redo() {
        if (!redo.isEmpty()) {
            undo.push(current.get());
            lastKey = null;
            current.set(redo.pop());
            update();
        }
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}

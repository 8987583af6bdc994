package org.hallkiosk.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands values from a background thread to the FX thread, only the latest: however fast they come (a first
 * sync reports 20,000 items), at most one hand-back is waiting, and it shows the newest value when it runs.
 * So the FX thread makes at most one update per pulse instead of queueing one per value.
 */
public final class LatestHandBack<T> implements Consumer<T> {

    private final Executor handBack;
    private final Consumer<T> onFx;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean waiting = new AtomicBoolean();

    /** Through {@link Platform#runLater}. */
    public LatestHandBack(Consumer<T> onFx) {
        this(Platform::runLater, onFx);
    }

    public LatestHandBack(Executor handBack, Consumer<T> onFx) {
        this.handBack = handBack;
        this.onFx = onFx;
    }

    /** From any thread. */
    @Override
    public void accept(T value) {
        latest.set(value);
        if (waiting.compareAndSet(false, true)) {
            handBack.execute(() -> {
                waiting.set(false); // before reading: a value set after this gets a hand-back of its own
                onFx.accept(latest.get());
            });
        }
    }
}

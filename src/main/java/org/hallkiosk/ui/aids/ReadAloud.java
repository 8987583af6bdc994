package org.hallkiosk.ui.aids;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.aids.SpeechEnd;
import org.hallkiosk.aids.SpeechListener;
import org.hallkiosk.aids.Speaking;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.UiTaskExecutor;

/**
 * 有声阅读 for the whole kiosk: one reading at a time, of the item on screen, from where the visitor is. It
 * stops whenever the screen changes (back, home, another item, the idle reset), so a reading never goes on
 * for a visitor who has left. Lives on the FX thread; the speech engine's calls are handed over to it.
 */
public final class ReadAloud {

    /** A screen that can be read aloud once its content has loaded. */
    public interface Readable {
        /** The page's read-along, or null while it loads. */
        ReadAlong readAlong();
    }

    private final KioskAids aids;
    private final UiTaskExecutor tasks;
    private final Mirror mirror;
    private final BooleanProperty engineWorks = new SimpleBooleanProperty();
    private final BooleanProperty autoRead = new SimpleBooleanProperty();
    private final ObjectProperty<ReadAlong> target = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private final BooleanBinding offered;
    private Speaking speaking;
    private int generation;
    private boolean disposed;

    public ReadAloud(KioskAids aids, UiTaskExecutor tasks, Mirror mirror) {
        this.aids = aids;
        this.tasks = tasks;
        this.mirror = mirror;
        offered = Bindings.createBooleanBinding(() -> engineWorks.get() && target.get() != null, engineWorks, target);
    }

    public KioskAids aids() {
        return aids;
    }

    /** Whether a speech engine works here; item screens set it from their check of the aids. */
    public BooleanProperty engineWorks() {
        return engineWorks;
    }

    /** 长辈版: each readable screen starts reading once it has loaded. Cleared when the visit ends. */
    public BooleanProperty autoRead() {
        return autoRead;
    }

    /** True while something is being read. */
    public ReadOnlyBooleanProperty reading() {
        return reading.getReadOnlyProperty();
    }

    /** Whether the 朗读 switch is shown: an engine works and the screen has something to read. */
    public BooleanBinding offered() {
        return offered;
    }

    public ReadAlong target() {
        return target.get();
    }

    /** The navigator shows {@code screen}: whatever was being read stops, and the new screen is the target. */
    public void follow(Screen screen) {
        stop();
        target.set(screen instanceof Readable r ? r.readAlong() : null);
    }

    /** A screen finished loading while it is shown: it can now be read. */
    public void loaded(Readable screen, Screen current) {
        if (screen == current) {
            target.set(screen.readAlong());
            if (autoRead.get() && !reading.get()) {
                start();
            }
        }
    }

    public void toggle() {
        if (reading.get()) {
            stop();
        } else {
            start();
        }
    }

    /** Reads the target from the sentence at the top of the visible area. */
    public void start() {
        ReadAlong along = target.get();
        if (disposed || along == null || !engineWorks.get() || along.sentences().size() == 0) {
            return;
        }
        stop();
        int mine = ++generation;
        int from = along.startIndex();
        reading.set(true);
        along.highlight(from);
        String itemId = along.itemId();
        tasks.write(() -> mirror.usage().record("read_aloud", itemId, null, null, null, null));
        SpeechListener listener = new SpeechListener() {
            @Override
            public void sentenceStarted(int index) {
                Platform.runLater(() -> {
                    if (mine == generation) {
                        along.highlight(index);
                    }
                });
            }

            @Override
            public void finished(SpeechEnd end, String problem) {
                Platform.runLater(() -> {
                    if (mine == generation) {
                        if (problem != null) {
                            BackgroundFailures.report("read aloud", problem);
                        }
                        stop();
                    }
                });
            }
        };
        // choosing the engine may start a process the first time: not on the FX thread
        tasks.run(() -> aids.speech(), speech -> {
            if (mine == generation) {
                speaking = speech.speak(along.sentences(), from, listener);
            }
        }, error -> {
            BackgroundFailures.report("read aloud: choosing the speech engine", error);
            stop();
        });
    }

    /** The shell is going away: whatever is being read stops, and nothing starts again. */
    public void dispose() {
        disposed = true;
        stop();
        target.set(null);
    }

    /** Stops reading at once and clears the highlight. Safe to call when nothing is being read. */
    public void stop() {
        generation++;
        if (speaking != null) {
            Speaking s = speaking;
            speaking = null;
            s.stop();
        }
        ReadAlong along = target.get();
        if (along != null) {
            along.clear();
        }
        reading.set(false);
    }
}

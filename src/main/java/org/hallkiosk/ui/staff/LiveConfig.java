package org.hallkiosk.ui.staff;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.ConfigWatcher;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.Layout;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.config.StaffSettings;
import org.hallkiosk.ui.KioskShell;
import org.hallkiosk.ui.Place;

/**
 * Hot reload of kiosk-config while the kiosk runs. After an edit settles, the folder is loaded and checked
 * off the FX thread: a valid config is applied by building a new shell as the scene's root (at once on the
 * attract screen, otherwise when the current visit ends, so no screen changes under a visitor); an invalid
 * one is refused, the running shell stays, and staff see {@code file: field: message}.
 */
public final class LiveConfig implements AutoCloseable {

    /** A config folder that loaded without problems. */
    public record Reloaded(KioskConfig config, Layout layout, StaffSettings staff, List<ConfigProblem> notices) {
        public Reloaded(KioskConfig config, Layout layout, StaffSettings staff) {
            this(config, layout, staff, List.of());
        }
    }

    public static final Duration SETTLE = Duration.ofMillis(500);

    private final Path configDir;
    private final Scene scene;
    private final Function<Reloaded, KioskShell> build;
    private final Consumer<Reloaded> atOnce;
    private final ConfigWatcher watcher;
    private ChangeListener<Place> waiting;
    private volatile boolean closed;

    /** @param build makes the shell for a new config (with its staff entry); called on the FX thread */
    public LiveConfig(Path configDir, Scene scene, Function<Reloaded, KioskShell> build, Duration settle)
            throws IOException {
        this(configDir, scene, build, loaded -> { }, settle);
    }

    /**
     * @param atOnce what must not wait for the visit to end (the next sync's feed and schedule); called on the
     *               watcher's thread with every config that loaded without problems
     */
    public LiveConfig(Path configDir, Scene scene, Function<Reloaded, KioskShell> build, Consumer<Reloaded> atOnce,
                      Duration settle) throws IOException {
        this.configDir = configDir;
        this.scene = scene;
        this.build = build;
        this.atOnce = atOnce;
        this.watcher = new ConfigWatcher(configDir, settle, this::reload);
    }

    /**
     * Loads and checks again now (off the FX thread): after a sync brought a new publication, whose layout for
     * the kiosk's layout_group may differ. Applied as an edit is, when the visit ends.
     */
    public void reloadNow() {
        if (!closed) {
            reload();
        }
    }

    /** Loads and checks the folder (call off the FX thread) and hands the outcome to the FX thread. */
    void reload() {
        List<ConfigProblem> problems = new ArrayList<>();
        KioskConfig config = null;
        Layout layout = null;
        StaffSettings staff = null;
        try {
            config = ConfigLoader.load(configDir);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        List<ConfigProblem> notices = List.of();
        LayoutLoader.Loaded fromFeed = config == null || config.layoutGroup() == null ? null
                : LayoutLoader.loadForKiosk(configDir, config.dataDir(), config.layoutGroup(), true);
        if (fromFeed != null && (fromFeed.source() == LayoutLoader.Source.FEED
                || fromFeed.source() == LayoutLoader.Source.FEED_LAST_GOOD)) {
            layout = fromFeed.layout(); // the feed's layout (or its last good one) for this kiosk's group
            notices = fromFeed.problems(); // a new one that failed the checks: staff are told
        } else {
            try {
                layout = LayoutLoader.load(configDir);
                notices = fromFeed == null ? List.of() : fromFeed.problems();
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        try {
            staff = StaffSettings.load(configDir);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        Reloaded loaded = problems.isEmpty() ? new Reloaded(config, layout, staff, notices) : null;
        if (loaded != null && !closed) {
            atOnce.accept(loaded);
        }
        Platform.runLater(() -> {
            if (closed) {
                return;
            } else if (loaded == null) {
                shell().showConfigProblems(problems);
            } else {
                applyWhenFree(loaded);
            }
        });
    }

    private KioskShell shell() {
        return (KioskShell) scene.getRoot();
    }

    private void applyWhenFree(Reloaded loaded) {
        KioskShell current = shell();
        if (waiting != null) {
            current.context().navigator().place().removeListener(waiting);
            waiting = null;
        }
        if (current.context().navigator().place().get() instanceof Place.Attract) {
            replace(current, loaded);
            return;
        }
        current.showConfigProblems(List.of()); // the edit is good; it shows once the visit ends
        waiting = (o, was, now) -> {
            if (now instanceof Place.Attract) {
                current.context().navigator().place().removeListener(waiting);
                waiting = null;
                if (!closed) {
                    replace(current, loaded);
                }
            }
        };
        current.context().navigator().place().addListener(waiting);
    }

    /** The new shell becomes the scene's root; the old one is disposed, so its timers let it go. */
    private void replace(KioskShell old, Reloaded loaded) {
        scene.setRoot(build.apply(loaded));
        old.dispose();
    }

    /** Stops watching; a reload already on its way to the FX thread is dropped. The shown shell stays. */
    @Override
    public void close() throws IOException {
        closed = true;
        watcher.close();
    }
}

package org.hallkiosk.ui;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.Layout;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.ui.search.KeyboardInput;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one way a test builds a {@link KioskShell}, and its end: every shell built here is disposed after the
 * test that built it, so no shell's idle guard or attract rotation fires inside a later test class (they all
 * share one JVM and one FX toolkit). Registered for every test through
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension}; ArchitectureTest fails a test class that
 * calls a KioskShell constructor itself.
 * <p>Held weakly: a shell nothing else holds runs no timer (a running animation is held by the toolkit), so
 * it is harmless, and a test can still watch it be collected.
 */
public final class TestShells implements AfterEachCallback {

    private static final List<WeakReference<KioskShell>> BUILT = new ArrayList<>();

    /** A shell without reading aids; on the FX thread. */
    public static KioskShell build(String hallName, Layout layout, Mirror mirror, UiTaskExecutor tasks,
                                   List<ConfigProblem> problems) {
        return track(new KioskShell(hallName, layout, mirror, tasks, problems));
    }

    /** A shell without reading aids showing {@code first} first (home: a start after a crash); on the FX thread. */
    public static KioskShell build(String hallName, Layout layout, Mirror mirror, UiTaskExecutor tasks,
                                   List<ConfigProblem> problems, Place first) {
        return track(new KioskShell(hallName, layout, mirror, tasks, problems, KioskAids.none(),
                KeyboardInput.installed(), first));
    }

    /** A shell with {@code aids}; on the FX thread. */
    public static KioskShell build(String hallName, Layout layout, Mirror mirror, UiTaskExecutor tasks,
                                   List<ConfigProblem> problems, KioskAids aids) {
        return track(new KioskShell(hallName, layout, mirror, tasks, problems, aids));
    }

    /** A shell the production code built (a kiosk launch): disposed after the test like the others. */
    public static KioskShell track(KioskShell shell) {
        synchronized (BUILT) {
            BUILT.add(new WeakReference<>(shell));
        }
        return shell;
    }

    /** Disposes every shell built since the last call, on the FX thread, and waits for it. */
    public static void disposeAll() {
        List<KioskShell> live = new ArrayList<>();
        synchronized (BUILT) {
            for (WeakReference<KioskShell> ref : BUILT) {
                KioskShell shell = ref.get();
                if (shell != null) {
                    live.add(shell);
                }
            }
            BUILT.clear();
        }
        if (live.isEmpty()) {
            return; // also: a test without screens never touches the FX toolkit here
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                live.forEach(KioskShell::dispose);
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("disposing the test's shells failed", e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        disposeAll();
    }
}

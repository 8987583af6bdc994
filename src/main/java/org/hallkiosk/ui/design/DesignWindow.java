package org.hallkiosk.ui.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hallkiosk.config.LastGoodSettings;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.ui.UiTaskExecutor;

/**
 * The designer's window: opened by {@code design [CONFIG_DIR]} on an administrator's PC, or over the kiosk
 * from the staff panel's 管理 tab. Ctrl+Z undoes and Ctrl+Y (or Ctrl+Shift+Z) redoes, wherever the focus is.
 */
public final class DesignWindow {

    private static final Logger LOG = Logger.getLogger(DesignWindow.class.getName());
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private DesignWindow() {
    }

    /** The designer's scene content with its view model: built on the FX thread. */
    public record Opened(DesignViewModel vm, DesignView view, Scene scene) {
    }

    /**
     * Builds the designer for {@code source} on {@code mirror}'s content in a scene of its own (on the FX
     * thread); the caller puts the scene on a stage and calls {@link DesignView#dispose()} when it closes.
     */
    public static Opened build(DesignSource source, Mirror mirror, UiTaskExecutor tasks, String contentNote,
                               double width, double height) {
        DesignViewModel vm = new DesignViewModel(source, mirror, tasks, ThemePalette.kiosk());
        DesignView view = new DesignView(vm, new DesignPreview(vm, mirror, tasks), contentNote);
        Scene scene = new Scene(view.view(), width, height);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                vm.redo();
                e.consume();
            }
        });
        return new Opened(vm, view, scene);
    }

    /**
     * Opens the designer over the kiosk (the staff panel's 管理 tab), on the kiosk's own content; reads the
     * folder in the background. On the FX thread.
     */
    public static void openOver(Window owner, Path configDir, Mirror mirror, UiTaskExecutor tasks) {
        tasks.run(() -> DesignSource.read(configDir), source -> {
            Opened opened = build(source, mirror, tasks, Messages.get("design.content.kiosk"), 1400, 900);
            Stage stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setTitle(Messages.get("design.title", configDir));
            stage.setScene(opened.scene());
            stage.setOnHidden(e -> opened.view().dispose());
            stage.show();
        }, e -> LOG.log(Level.WARNING, "opening the layout designer failed", e));
    }

    /**
     * The {@code design} command: starts JavaFX, opens the designer on {@code configDir} and waits until its
     * window is closed. Its content is {@code dataDir}'s mirror when that folder holds one, else the sample
     * content in a temporary folder (deleted afterwards). Not on the FX thread.
     */
    public static void run(Path configDir, Path dataDir) throws Exception {
        DesignSource source = DesignSource.read(configDir);
        Path temp = null;
        Mirror mirror;
        String note;
        if (dataDir != null && Files.isRegularFile(dataDir.resolve(Mirror.DB_FILE))) {
            mirror = Mirror.open(dataDir);
            note = Messages.get("design.content.data", dataDir);
        } else {
            temp = Files.createTempDirectory("hall-kiosk-design");
            mirror = Mirror.open(temp);
            var settings = LastGoodSettings.load(configDir, temp).config();
            new SyncService(settings, mirror, SyncOptions.of(settings)).importSampleIfEmpty();
            note = Messages.get("design.content.sample", dataDir == null ? "-" : dataDir);
        }
        mirror.muteUsage(); // the designer counts searches; it is no visitor
        UiTaskExecutor tasks = UiTaskExecutor.forFx();
        CountDownLatch closed = new CountDownLatch(1);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        try {
            started.get(30, TimeUnit.SECONDS);
            Platform.runLater(() -> {
                Opened opened = build(source, mirror, tasks, note, 1500, 950);
                Stage stage = new Stage();
                stage.setTitle(Messages.get("design.title", configDir));
                stage.setScene(opened.scene());
                stage.setOnHidden(e -> {
                    opened.view().dispose();
                    closed.countDown();
                });
                stage.show();
            });
            closed.await();
        } finally {
            tasks.close();
            Platform.exit();
            mirror.close();
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}

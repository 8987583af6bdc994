package org.hallkiosk.ui.design;

import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.config.Layout;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.ui.KioskShell;
import org.hallkiosk.ui.UiTaskExecutor;
import org.hallkiosk.ui.search.KeyboardInput;

/**
 * The kiosk itself, live, in the designer: a {@link KioskShell} built from the layout being edited (its own
 * HomeView and AttractView, its bar and switches), laid out at a kiosk's size in pixels and scaled down to
 * fit the pane. Rebuilt once per pulse after an edit or a change of size, text size, look or screen. It does
 * not react to the mouse like a kiosk: a click on a tile chooses that tile in the form.
 */
final class DesignPreview {

    /** The preview never goes idle: the designer's mouse moves outside the shell it guards. */
    private static final Duration NEVER = Duration.ofDays(1);

    private final DesignViewModel vm;
    private final Mirror mirror;
    private final UiTaskExecutor tasks;
    private final StackPane pane = new StackPane();
    private final Group scaled = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private KioskShell shell;
    private StackPane frame;
    private boolean pending;
    private boolean disposed;

    DesignPreview(DesignViewModel vm, Mirror mirror, UiTaskExecutor tasks) {
        this.vm = vm;
        this.mirror = mirror;
        this.tasks = tasks;
        pane.setId("designPreview");
        pane.getStyleClass().add("design-preview");
        pane.setMinSize(0, 0);
        pane.getChildren().add(scaled);
        vm.layout().addListener((o, a, b) -> rebuildSoon());
        vm.previewSize().addListener((o, a, b) -> rebuildSoon());
        vm.previewText().addListener((o, a, b) -> look());
        vm.previewLook().addListener((o, a, b) -> look());
        vm.previewScreen().addListener((o, a, b) -> rebuildSoon());
        pane.widthProperty().addListener((o, a, b) -> fit());
        pane.heightProperty().addListener((o, a, b) -> fit());
        rebuild();
    }

    Node view() {
        return pane;
    }

    /** The shell shown now (tests look into it). */
    KioskShell shell() {
        return shell;
    }

    private void rebuildSoon() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                rebuild();
            });
        }
    }

    private void rebuild() {
        if (disposed) {
            return;
        }
        Layout layout = vm.layout().get();
        DesignViewModel.PreviewSize size = vm.previewSize().get();
        KioskShell old = shell;
        shell = new KioskShell(vm.hallName(), layout.withIdle(NEVER, layout.idleWarning()), mirror, tasks, List.of(),
                KioskAids.none(), KeyboardInput.withoutHandwriting());
        frame = new StackPane(shell);
        frame.getStyleClass().add("root"); // the kiosk's stylesheet sets its colours and sizes on .root
        frame.setMinSize(size.width(), size.height());
        frame.setPrefSize(size.width(), size.height());
        frame.setMaxSize(size.width(), size.height());
        shell.applyTheme(frame);
        frame.getTransforms().setAll(scale);
        frame.addEventFilter(MouseEvent.ANY, e -> {
            e.consume();
            if (e.getEventType() == MouseEvent.MOUSE_CLICKED) {
                chooseTile(e.getPickResult().getIntersectedNode());
            }
        });
        if (vm.previewScreen().get() == DesignViewModel.PreviewScreen.HOME) {
            shell.context().navigator().home();
        }
        look();
        scaled.getChildren().setAll(frame);
        fit();
        if (old != null) {
            old.dispose();
        }
    }

    /** The preview's text size and look; after the screen is chosen, since the attract screen resets them. */
    private void look() {
        if (shell != null) {
            shell.context().display().textSize().set(vm.previewText().get());
            shell.context().display().contrast().set(vm.previewLook().get());
        }
    }

    private void fit() {
        DesignViewModel.PreviewSize size = vm.previewSize().get();
        double w = pane.getWidth() - 16;
        double h = pane.getHeight() - 16;
        if (w <= 0 || h <= 0) {
            return;
        }
        double s = Math.min(w / size.width(), h / size.height());
        scale.setX(s);
        scale.setY(s);
    }

    private void chooseTile(Node picked) {
        for (Node n = picked; n != null && n != frame; n = n.getParent()) {
            if (n instanceof Button b && b.getId() != null && b.getId().startsWith("tile-")) {
                vm.selected().set(Integer.parseInt(b.getId().substring("tile-".length())));
                return;
            }
        }
    }

    /** Disposes the shown shell (its attract rotation, its listeners); nothing is rebuilt afterwards. */
    void dispose() {
        disposed = true;
        if (shell != null) {
            shell.dispose();
        }
    }
}

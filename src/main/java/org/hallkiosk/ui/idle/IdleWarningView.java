package org.hallkiosk.ui.idle;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallkiosk.ui.Fxml;

/**
 * The warning over the current screen (IdleWarningView.fxml): a countdown and one large 继续使用 button. Not a
 * separate window.
 */
public final class IdleWarningView extends StackPane {

    private final IdleWarningViewModel vm;
    @FXML
    private VBox card;
    @FXML
    private Label count;
    @FXML
    private Label explain;

    public IdleWarningView(IdleGuard guard) {
        this.vm = new IdleWarningViewModel(guard);
        Fxml.load(this);
    }

    @FXML
    private void initialize() {
        count.textProperty().bind(vm.countdown());
        explain.textProperty().bind(vm.explanation());
        card.maxWidthProperty().bind(widthProperty().multiply(0.9));
        // A touch anywhere on the dimmed screen also means the visitor is still there.
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> vm.continueUsing());
        visibleProperty().bind(vm.shown());
        managedProperty().bind(vm.shown());
    }

    @FXML
    private void continueUsing() {
        vm.continueUsing();
    }
}

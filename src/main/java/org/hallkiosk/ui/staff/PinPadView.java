package org.hallkiosk.ui.staff;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Fxml;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Touch;

/** A large on-screen PIN pad (PinPadView.fxml), bound to its {@link PinPadViewModel}. */
public final class PinPadView implements Screen {

    private final PinPadViewModel vm;
    private final ScrollPane root;
    @FXML
    private Label dots;
    @FXML
    private Label message;
    @FXML
    private Button enter;

    public PinPadView(PinPadViewModel vm) {
        this.vm = vm;
        // In 长辈模式 on a short screen the pad is taller than the window: it scrolls, the bar stays.
        root = Touch.kinetic(Fxml.load(this));
    }

    @FXML
    private void initialize() {
        dots.textProperty().bind(Bindings.createStringBinding(() -> "●".repeat(vm.digits().get().length()),
                vm.digits()));
        message.textProperty().bind(vm.message());
        enter.disableProperty().bind(vm.checking().or(vm.digits().isEmpty()));
        GridPane pad = (GridPane) enter.getParent();
        for (Node key : pad.getChildren()) { // keys as wide as their column, and never narrower than their word
            ((Button) key).setMinWidth(Region.USE_PREF_SIZE);
            ((Button) key).setMaxWidth(Double.MAX_VALUE);
        }
    }

    @FXML
    private void type(ActionEvent e) {
        vm.type(((Button) e.getSource()).getText().charAt(0));
    }

    @FXML
    private void erase() {
        vm.erase();
    }

    @FXML
    private void submit() {
        vm.submit();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return new SimpleStringProperty(Messages.get("ui.staff.title"));
    }
}

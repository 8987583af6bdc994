package org.hallkiosk.ui.staff;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.Touch;

/** A large on-screen PIN pad: ten digit keys, erase, cancel and enter; the PIN shows as dots. */
public final class PinPadView implements Screen {

    private final ScrollPane root;

    public PinPadView(PinPadViewModel vm) {
        Label heading = Texts.wrapping(Messages.get("ui.staff.pin.title"), "h1");
        Label dots = Texts.fixed("", "pin-dots");
        dots.setId("pinDots");
        dots.textProperty().bind(Bindings.createStringBinding(() -> "●".repeat(vm.digits().get().length()),
                vm.digits()));
        Label message = Texts.wrapping("", "strong");
        message.setId("pinMessage");
        message.textProperty().bind(vm.message());
        GridPane pad = new GridPane();
        pad.getStyleClass().add("pin-pad");
        String keys = "123456789";
        for (int i = 0; i < keys.length(); i++) {
            pad.add(digit(vm, keys.charAt(i)), i % 3, i / 3);
        }
        Button erase = key(Messages.get("ui.staff.pin.erase"), "pinErase");
        erase.getStyleClass().add("secondary");
        erase.setOnAction(e -> vm.erase());
        Button enter = key(Messages.get("ui.staff.pin.enter"), "pinEnter");
        enter.setOnAction(e -> vm.submit());
        enter.disableProperty().bind(vm.checking().or(vm.digits().isEmpty()));
        pad.add(erase, 0, 3);
        pad.add(digit(vm, '0'), 1, 3);
        pad.add(enter, 2, 3);
        Button cancel = new Button(Messages.get("ui.staff.pin.cancel"));
        cancel.setId("pinCancel");
        cancel.getStyleClass().add("secondary");
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.cancel());
        VBox page = new VBox(heading, dots, message, pad, cancel);
        page.setId("pinPad");
        page.getStyleClass().add("page");
        page.setAlignment(Pos.TOP_CENTER);
        pad.setAlignment(Pos.CENTER);
        // In 长辈模式 on a short screen the pad is taller than the window: it scrolls, the bar stays.
        root = Touch.kinetic(new ScrollPane(page));
        root.setFitToWidth(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setAlignment(Pos.CENTER);
    }

    private static Button digit(PinPadViewModel vm, char d) {
        Button b = key(String.valueOf(d), "pin" + d);
        b.setOnAction(e -> vm.type(d));
        return b;
    }

    private static Button key(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("pin-key");
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setMaxWidth(Double.MAX_VALUE);
        GridPane.setFillWidth(b, true);
        return b;
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

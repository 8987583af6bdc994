package org.hallkiosk.ui.attract;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.DisplayToggles;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;

/** The idle screen: the hall's name, notices in turn, and "touch to start". */
public final class AttractView implements Screen {

    private final VBox root;
    private final Timeline rotation;

    public AttractView(AttractViewModel vm) {
        Label hall = Texts.wrapping(vm.title(), "hall");
        hall.setTextAlignment(TextAlignment.CENTER);
        Label notice = Texts.wrapping(vm.currentNotice(), "notice");
        notice.setTextAlignment(TextAlignment.CENTER);
        notice.textProperty().bind(Bindings.createStringBinding(vm::currentNotice, vm.shown()));
        Button start = new Button(Messages.get("ui.attract.start"));
        start.setId("startButton");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setOnAction(e -> vm.start());
        Region gap = new Region();
        gap.setMinHeight(0);
        VBox.setVgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        Region gap2 = new Region();
        VBox.setVgrow(gap2, javafx.scene.layout.Priority.ALWAYS);
        // Larger text and high contrast can be chosen before the visit starts; the choice carries into it.
        javafx.scene.layout.HBox display = new javafx.scene.layout.HBox(16,
                DisplayToggles.largeText(vm.display(), "attractLargeText"),
                DisplayToggles.highContrast(vm.display(), "attractContrast"));
        display.setAlignment(Pos.CENTER);
        root = new VBox(gap, hall, notice, start, gap2, display);
        root.setId("attract");
        root.setAlignment(Pos.CENTER);
        root.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!within(e.getTarget(), display)) { // a switch changes how the visit looks; it does not start it
                vm.start();
            }
        });
        rotation = new Timeline(new KeyFrame(Duration.millis(vm.rotate().toMillis()), e -> vm.next()));
        rotation.setCycleCount(Timeline.INDEFINITE);
        rotation.play();
    }

    private static boolean within(Object target, Node container) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return new javafx.beans.property.SimpleStringProperty("");
    }

    @Override
    public void dispose() {
        rotation.stop();
    }
}

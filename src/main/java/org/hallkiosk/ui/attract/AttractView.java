package org.hallkiosk.ui.attract;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.DisplayToggles;
import org.hallkiosk.ui.Icons;
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
        // Two large choices, as the 关怀模式 of the big apps: the standard kiosk, or large text read aloud.
        Button start = choice(Messages.get("ui.attract.standard"), "touch", "startButton");
        start.setOnAction(e -> vm.startStandard());
        Button elder = choice(Messages.get("ui.attract.elder"), "text-size", "elderButton");
        elder.setOnAction(e -> vm.startForElders());
        Label hint = Texts.wrapping(Messages.get("ui.attract.choose"), "notice");
        hint.setTextAlignment(TextAlignment.CENTER);
        HBox choices = new HBox(start, elder);
        choices.getStyleClass().add("choices");
        choices.setAlignment(Pos.CENTER);
        choices.setMaxWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        gap.setMinHeight(0);
        VBox.setVgrow(gap, Priority.ALWAYS);
        Region gap2 = new Region();
        gap2.setMinHeight(0);
        VBox.setVgrow(gap2, Priority.ALWAYS);
        // High contrast can be chosen before the visit starts; the choice carries into it.
        HBox display = new HBox(
                DisplayToggles.highContrast(vm.display(), "attractContrast"));
        display.setAlignment(Pos.CENTER);
        root = new VBox(gap, hall, notice, hint, choices, gap2, display);
        root.setId("attract");
        root.setAlignment(Pos.CENTER);
        root.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!within(e.getTarget(), display) && !within(e.getTarget(), choices)) {
                vm.start(); // a touch elsewhere starts as the hall set it; the switch only changes the look
            }
        });
        rotation = new Timeline(new KeyFrame(Duration.millis(vm.rotate().toMillis()), e -> vm.next()));
        rotation.setCycleCount(Timeline.INDEFINITE);
        rotation.play();
    }

    /** One of the two choices: a large button whose text wraps rather than leave a narrow screen. */
    private static Button choice(String text, String icon, String id) {
        Button b = new Button(text, Icons.big(icon));
        b.setId(id);
        b.getStyleClass().add("choice");
        b.setWrapText(true);
        b.setTextAlignment(TextAlignment.CENTER);
        b.setContentDisplay(ContentDisplay.TOP);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
        return b;
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
        return new SimpleStringProperty("");
    }

    @Override
    public void dispose() {
        rotation.stop();
    }
}

package org.hallkiosk.ui.idle;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.hallkiosk.i18n.Messages;

/**
 * The warning over the current screen: a countdown and one large 继续使用 button. Not a separate window. Built
 * in code, not FXML: every shell builds it before its first screen shows, and the first FXML of a process
 * costs some 40 ms of the kiosk's start on the FX thread (docs/readme/ops.md, "Start-up time").
 */
public final class IdleWarningView extends StackPane {

    private final IdleWarningViewModel vm;

    public IdleWarningView(IdleGuard guard) {
        this.vm = new IdleWarningViewModel(guard);
        setId("idleWarning");
        getStyleClass().add("overlay");
        Label question = new Label(Messages.get("ui.idle.question"));
        question.getStyleClass().add("h1");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId("idleCountdown");
        count.getStyleClass().add("countdown");
        count.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        count.textProperty().bind(vm.countdown());
        Label explain = new Label();
        explain.getStyleClass().add("muted");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.setMaxWidth(Double.MAX_VALUE);
        explain.setAlignment(Pos.CENTER);
        explain.setTextAlignment(TextAlignment.CENTER);
        explain.textProperty().bind(vm.explanation());
        Button continueButton = new Button(Messages.get("ui.idle.continue"));
        continueButton.setId("continueButton");
        continueButton.getStyleClass().add("continue");
        continueButton.setMinWidth(Region.USE_PREF_SIZE);
        continueButton.setOnAction(e -> vm.continueUsing());
        VBox card = new VBox(question, count, explain, continueButton);
        card.getStyleClass().add("idle-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.maxWidthProperty().bind(widthProperty().multiply(0.9));
        getChildren().add(card);
        // A touch anywhere on the dimmed screen also means the visitor is still there.
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> vm.continueUsing());
        visibleProperty().bind(vm.shown());
        managedProperty().bind(vm.shown());
    }
}

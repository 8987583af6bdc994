package org.hallkiosk.ui.idle;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Texts;

/** The warning over the current screen: a countdown and one large 继续使用 button. Not a separate window. */
public final class IdleWarningView extends StackPane {

    public IdleWarningView(IdleGuard guard) {
        setId("idleWarning");
        getStyleClass().add("overlay");
        Label question = Texts.wrapping(Messages.get("ui.idle.question"), "h1");
        Label count = Texts.fixed("", "countdown");
        count.setId("idleCountdown");
        Label explain = Texts.wrapping("", "muted");
        explain.setMaxWidth(Double.MAX_VALUE);
        explain.setAlignment(Pos.CENTER);
        explain.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        guard.secondsLeft().addListener((o, a, b) -> {
            count.setText(Integer.toString(b.intValue()));
            explain.setText(Messages.get("ui.idle.explain", b.intValue()));
        });
        Button go = new Button(Messages.get("ui.idle.continue"));
        go.setId("continueButton");
        go.getStyleClass().add("continue");
        go.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        go.setOnAction(e -> guard.continueUsing());
        VBox card = new VBox(question, count, explain, go);
        card.getStyleClass().add("idle-card");
        card.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        card.maxWidthProperty().bind(widthProperty().multiply(0.9));
        getChildren().add(card);
        // A touch anywhere on the dimmed screen also means the visitor is still there.
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> guard.continueUsing());
        visibleProperty().bind(guard.warningShown());
        managedProperty().bind(guard.warningShown());
    }
}

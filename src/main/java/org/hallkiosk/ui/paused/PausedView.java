package org.hallkiosk.ui.paused;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.hallkiosk.config.Layout;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Texts;

/**
 * 暂停服务: what a kiosk in a crash loop shows until staff restart it. Only the hall's name, the notice and
 * the hotlines, all known before it is built: no mirror, no sync, no timer, nothing that can fail again.
 */
public final class PausedView extends VBox {

    public PausedView(String hallName, List<Layout.Hotline> hotlines) {
        Label hall = Texts.wrapping(hallName, "hall");
        Label title = Texts.wrapping(Messages.get("ui.paused.title"), "paused-title");
        title.setId("pausedTitle");
        Label explain = Texts.wrapping(Messages.get("ui.paused.explain"), "notice");
        VBox phones = new VBox();
        phones.getStyleClass().add("paused-phones");
        phones.setAlignment(Pos.CENTER);
        for (Layout.Hotline h : hotlines) {
            HBox line = new HBox(Texts.fixed(h.label(), "notice"), Texts.fixed(h.number(), "paused-number"));
            line.setAlignment(Pos.CENTER);
            line.getStyleClass().add("paused-phone");
            phones.getChildren().add(line);
        }
        for (Label l : List.of(hall, title, explain)) {
            l.setTextAlignment(TextAlignment.CENTER);
        }
        getChildren().addAll(hall, title, explain, phones);
        setId("paused");
        getStyleClass().add("kiosk");
        setAlignment(Pos.CENTER);
    }
}

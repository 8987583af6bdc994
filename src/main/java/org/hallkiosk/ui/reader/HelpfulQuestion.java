package org.hallkiosk.ui.reader;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Texts;

/**
 * 这条信息对您有帮助吗: two big buttons at the end of an item; after a tap the question gives way to thanks.
 * {@link ItemViewModel#rate} records the answer, once per item per visit.
 */
public final class HelpfulQuestion {

    private HelpfulQuestion() {
    }

    /**
     * Adds the question at the end of {@code view}'s page (a scroll pane over a VBox, as reader and guide are,
     * also inside the page buttons of {@link org.hallkiosk.ui.Pager}).
     */
    public static void appendTo(Node view, ItemViewModel vm) {
        if (view instanceof BorderPane paged) { // a page with 上一屏 / 下一屏 under it
            view = paged.getCenter();
        }
        if (view instanceof ScrollPane scroll && scroll.getContent() instanceof VBox page) {
            page.getChildren().add(question(vm));
        }
    }

    static Node question(ItemViewModel vm) {
        if (vm.rated().get()) {
            return thanks();
        }
        Label ask = Texts.wrapping(Messages.get("ui.rating.question"), "section-title");
        Button yes = new Button(Messages.get("ui.rating.yes"));
        yes.setId("ratingYes");
        Button no = new Button(Messages.get("ui.rating.no"));
        no.setId("ratingNo");
        no.getStyleClass().add("secondary");
        FlowPane buttons = new FlowPane(yes, no);
        buttons.getStyleClass().add("rating-buttons");
        VBox box = new VBox(ask, buttons);
        box.setId("rating");
        box.getStyleClass().add("rating");
        box.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {yes, no}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                vm.rate(b == yes);
                box.getChildren().setAll(thanks());
            });
        }
        return box;
    }

    private static Label thanks() {
        return Texts.wrapping(Messages.get("ui.rating.thanks"), "strong");
    }
}

package org.hallkiosk.ui.reader;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
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
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Navigator;
import org.hallkiosk.ui.Place;
import org.hallkiosk.ui.Texts;

/**
 * 这条信息对您有帮助吗: two big buttons at the end of an item, recorded anonymously as usage kind "rating"
 * (value 1 helpful, 0 not), once per item per visit: after a tap the question gives way to thanks.
 */
public final class HelpfulQuestion {

    public static final String KIND = "rating";

    /** Items rated in the current visit, per kiosk; forgotten when the visit ends (attract screen). */
    private static final Map<Navigator, Set<String>> RATED =
            new WeakHashMap<>();

    private HelpfulQuestion() {
    }

    /**
     * Adds the question at the end of {@code view}'s page (a scroll pane over a VBox, as reader and guide are,
     * also inside the page buttons of {@link org.hallkiosk.ui.Pager}).
     */
    public static void appendTo(Node view, KioskContext context, String itemId) {
        if (view instanceof BorderPane paged) { // a page with 上一屏 / 下一屏 under it
            view = paged.getCenter();
        }
        if (view instanceof ScrollPane scroll && scroll.getContent() instanceof VBox page) {
            page.getChildren().add(question(context, itemId));
        }
    }

    private static Set<String> rated(Navigator navigator) {
        return RATED.computeIfAbsent(navigator, n -> {
            Set<String> ids = new HashSet<>();
            n.place().addListener((o, was, now) -> {
                if (now instanceof Place.Attract) {
                    ids.clear();
                }
            });
            return ids;
        });
    }

    static Node question(KioskContext context, String itemId) {
        if (rated(context.navigator()).contains(itemId)) {
            return Texts.wrapping(Messages.get("ui.rating.thanks"), "strong");
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
            int value = b == yes ? 1 : 0;
            b.setOnAction(e -> {
                rated(context.navigator()).add(itemId);
                context.tasks().write(() -> context.mirror().usage().record(KIND, itemId, null, null, null, value));
                box.getChildren().setAll(Texts.wrapping(Messages.get("ui.rating.thanks"), "strong"));
            });
        }
        return box;
    }
}

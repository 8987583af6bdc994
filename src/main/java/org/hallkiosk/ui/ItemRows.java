package org.hallkiosk.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.content.Validity;
import org.hallkiosk.mirror.Highlight;

/** A large, whole-row button for one item in a list: type, title, date, document number, validity. */
public final class ItemRows {

    private ItemRows() {
    }

    public static Region row(ItemSummary item, Runnable open) {
        Label title = Texts.wrapping(item.title(), "title");
        title.setMaxWidth(Double.MAX_VALUE);
        return row(item, title, open);
    }

    /** A row whose title shows the matched characters marked (bold on a coloured ground: not colour alone). */
    public static Region row(ItemSummary item, String snippet, List<Highlight> highlights, Runnable open) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("text-flow");
        int at = 0;
        for (Highlight h : highlights) {
            if (h.start() < at || h.end() > snippet.length()) {
                continue;
            }
            flow.getChildren().add(text(snippet.substring(at, h.start()), false));
            flow.getChildren().add(text(snippet.substring(h.start(), h.end()), true));
            at = h.end();
        }
        flow.getChildren().add(text(snippet.substring(at), false));
        return row(item, flow, open);
    }

    private static Node text(String s, boolean mark) {
        if (mark) {
            // A Text has no background, so a match is a label: bold and underlined, dark on yellow.
            Label l = new Label(s);
            l.getStyleClass().add("mark-label");
            return l;
        }
        Text t = new Text(s);
        t.getStyleClass().addAll("body-text", "strong", "row-title");
        return t;
    }

    private static Region row(ItemSummary item, Node title, Runnable open) {
        FlowPane tags = new FlowPane(10, 4);
        tags.getChildren().add(Texts.fixed(Texts.type(item.type()), "type-tag"));
        if (item.validity() != null && item.validity() != Validity.EFFECTIVE) {
            tags.getChildren().add(Texts.fixed(Texts.validity(item.validity()), "warn-tag"));
        }
        String meta = Texts.date(item.publishedAt());
        if (item.docNo() != null && !item.docNo().isBlank()) {
            meta = item.docNo() + "　" + meta;
        }
        tags.getChildren().add(Texts.fixed(meta, "muted"));
        VBox text = new VBox(6, title, tags);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        HBox row = new HBox(12, text, Icons.icon("next"));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("item-row");
        row.setMinHeight(Region.USE_PREF_SIZE);
        row.setUserData(item.id());
        // A whole-row target; a drag that scrolls the list is not a tap.
        row.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                open.run();
            }
        });
        return row;
    }
}

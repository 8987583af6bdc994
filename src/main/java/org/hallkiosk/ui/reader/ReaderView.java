package org.hallkiosk.ui.reader;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallkiosk.content.Attachment;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Icons;
import org.hallkiosk.ui.ItemRows;
import org.hallkiosk.ui.Pager;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.Touch;
import org.hallkiosk.ui.aids.ReadAlong;

/**
 * The policy reader: a banner when the policy no longer applies, the title, its interpretation one tap away,
 * the 公开要素, the body, attachments and related items. One long page that scrolls with the finger.
 */
public final class ReaderView implements Screen {

    private final ScrollPane root;
    private final ReadAlong readAlong;
    private final Node paged;

    public ReaderView(ReaderViewModel vm) {
        this(vm, null);
    }

    /** @param aidsBar the 朗读 / 扫码带走 / 打印 buttons, shown under the title; null for none */
    public ReaderView(ReaderViewModel vm, Node aidsBar) {
        VBox page = new VBox();
        page.getStyleClass().add("page");
        page.setId("reader");
        if (vm.banner() != null) {
            Label text = Texts.wrapping(vm.banner());
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox banner = new HBox(Icons.icon("warning"), text);
            banner.setAlignment(Pos.CENTER_LEFT);
            banner.getStyleClass().add("banner");
            banner.setId("validityBanner");
            page.getChildren().add(banner);
            if (vm.inForce() != null) {
                // the way to the document in force, at the top, not among the related items at the bottom
                page.getChildren().add(linkButton(Messages.get("ui.reader.openInForce", vm.inForce().title()),
                        "policy", "inForceButton", () -> vm.open(vm.inForce()), false));
            }
        }
        page.getChildren().add(Texts.wrapping(vm.item().title(), "h1"));
        if (aidsBar != null) {
            page.getChildren().add(aidsBar);
        }
        for (ItemSummary i : vm.interpretations()) {
            page.getChildren().add(linkButton(Messages.get("ui.reader.readInterpretation", i.title()),
                    "interpretation", "interpretationButton", () -> vm.open(i), false));
        }
        if (vm.interprets() != null) {
            page.getChildren().add(linkButton(Messages.get("ui.reader.readPolicy", vm.interprets().title()),
                    "policy", "policyButton", () -> vm.open(vm.interprets()), true));
        }
        page.getChildren().add(facts(vm));
        if (vm.item().summary() != null && vm.item().policy() == null && vm.item().body() == null) {
            page.getChildren().add(Texts.wrapping(vm.item().summary()));
        }
        VBox body = new VBox(new MarkdownView(vm.item().body(), vm::citedLink));
        body.getStyleClass().add("card");
        body.setId("readerBody");
        page.getChildren().add(body);
        if (!vm.attachments().isEmpty()) {
            page.getChildren().add(Texts.wrapping(Messages.get("ui.reader.attachments"), "section-title"));
            for (Attachment a : vm.attachments()) {
                Label name = Texts.wrapping(Texts.attachmentTitle(a.name()));
                HBox.setHgrow(name, Priority.ALWAYS);
                HBox row = new HBox(Icons.icon("attachment"), Texts.fixed(vm.attachmentRole(a), "type-tag"), name,
                        Icons.icon("next"));
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().add("item-row");
                row.setUserData(a.sha256());
                row.setOnMouseClicked(e -> {
                    if (e.isStillSincePress()) {
                        vm.open(a);
                    }
                });
                page.getChildren().add(row);
            }
        }
        if (!vm.related().isEmpty()) {
            page.getChildren().add(Texts.wrapping(Messages.get("ui.reader.related"), "section-title"));
            for (ItemSummary r : vm.related()) {
                page.getChildren().add(ItemRows.row(r, () -> vm.open(r)));
            }
        }
        root = Touch.kinetic(new ScrollPane(page));
        paged = Pager.around(root);
        readAlong = new ReadAlong(vm.item().id(), vm.readAloudText(), page, root);
    }

    /** The item's read-aloud text tied to this page. */
    public ReadAlong readAlong() {
        return readAlong;
    }

    private static Button linkButton(String text, String icon, String id, Runnable action, boolean secondary) {
        Button b = new Button(text, Icons.icon(icon));
        b.setId(id);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setAlignment(Pos.CENTER_LEFT);
        if (secondary) {
            b.getStyleClass().add("secondary");
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    private static GridPane facts(ReaderViewModel vm) {
        GridPane grid = Texts.factsTable(vm.facts());
        grid.getStyleClass().add("card");
        grid.setId("facts");
        return grid;
    }

    @Override
    public Node view() {
        return paged;
    }

    @Override
    public ObservableValue<String> title() {
        return new SimpleStringProperty("");
    }
}

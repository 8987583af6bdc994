package org.hallkiosk.ui.aids;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallkiosk.aids.AidException;
import org.hallkiosk.aids.Availability;
import org.hallkiosk.aids.PrintDocument;
import org.hallkiosk.aids.PrintLayouts;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Icons;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;

/**
 * 打印预览: the item's printed pages on screen, turned like an attachment's. A 打印 button only when a printer
 * takes jobs now; otherwise a plain sentence that this kiosk does not print (never a button that does nothing).
 */
public final class PrintPreviewView implements Screen {

    private final VBox root = new VBox();
    private PageViewer viewer;

    private record Loaded(PrintDocument document, Availability printer, boolean qrCode) {
    }

    public PrintPreviewView(KioskContext context, String itemId) {
        root.getStyleClass().addAll("page", "print-preview");
        root.setId("printPreview");
        root.getChildren().add(Texts.wrapping(Messages.get("ui.loading"), "muted"));
        context.tasks().run(() -> {
            var item = context.mirror().items().item(itemId).orElse(null);
            var doc = item == null ? null : PrintLayouts.forItem(item).orElse(null);
            return doc == null ? null : new Loaded(doc, context.aids().printing().availability(),
                    org.hallkiosk.aids.QrCode.forItem(item).isPresent());
        }, loaded -> {
            if (loaded == null) {
                root.getChildren().setAll(Texts.wrapping(Messages.get("ui.item.missing"), "h2"));
                return;
            }
            viewer = new PageViewer(context.tasks(), PageSource.print(loaded.document().pages()));
            VBox.setVgrow(viewer, Priority.ALWAYS);
            root.getChildren().setAll(Texts.wrapping(loaded.document().title(), "h2"), printRow(context, itemId,
                    loaded), viewer);
        }, error -> root.getChildren().setAll(Texts.wrapping(Messages.get("ui.item.error"), "h2")));
    }

    private static Node printRow(KioskContext context, String itemId, Loaded loaded) {
        Label status = Texts.wrapping("", "strong");
        status.setId("printStatus");
        HBox.setHgrow(status, Priority.ALWAYS);
        // 扫码带走 beside 打印: a visitor who would rather not carry paper takes it by phone
        Button qr = new Button(Messages.get("ui.aids.qr"), Icons.icon("qr"));
        qr.setId("previewQrButton");
        qr.getStyleClass().add("secondary");
        qr.setMinWidth(Region.USE_PREF_SIZE);
        qr.setOnAction(e -> context.navigator().go(new org.hallkiosk.ui.Place.QrCode(itemId)));
        qr.setVisible(loaded.qrCode());
        qr.setManaged(loaded.qrCode());
        if (!loaded.printer().isWorking()) {
            status.setText(Messages.get("ui.print.noPrinter"));
            status.setId("noPrinterNote");
            HBox row = new HBox(qr, status);
            row.getStyleClass().add("print-row");
            return row;
        }
        Button print = new Button(Messages.get("ui.aids.print"), Icons.icon("print"));
        print.setId("printButton");
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.setOnAction(e -> {
            print.setDisable(true);
            status.setText(Messages.get("ui.print.sending"));
            context.tasks().run(() -> {
                context.aids().printing().print(loaded.document());
                return null;
            }, done -> {
                status.setText(Messages.get("ui.print.sent"));
                context.record("print", itemId, null, null, null);
            }, error -> {
                print.setDisable(false);
                status.setText(error instanceof AidException ? error.getMessage() : Messages.get("ui.print.failed"));
            });
        });
        HBox row = new HBox(print, qr, status);
        row.getStyleClass().add("print-row");
        return row;
    }

    public PageViewer viewer() {
        return viewer;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return new SimpleStringProperty(Messages.get("ui.print.title"));
    }

    @Override
    public void dispose() {
        if (viewer != null) {
            viewer.close();
        }
    }
}

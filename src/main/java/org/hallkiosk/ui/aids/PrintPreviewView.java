package org.hallkiosk.ui.aids;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Icons;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.UiTaskExecutor;

/**
 * 打印预览: the item's printed pages on screen, turned like an attachment's. A 打印 button only when a printer
 * takes jobs now; otherwise a plain sentence that this kiosk does not print (never a button that does nothing).
 * Its {@link PrintPreviewViewModel} reads the mirror and prints.
 */
public final class PrintPreviewView implements Screen {

    private final VBox root = new VBox();
    private PageViewer viewer;

    public PrintPreviewView(PrintPreviewViewModel vm, UiTaskExecutor tasks) {
        root.getStyleClass().addAll("page", "print-preview");
        root.setId("printPreview");
        root.getChildren().add(Texts.wrapping(Messages.get("ui.loading"), "muted"));
        vm.problem().addListener((o, was, now) -> root.getChildren().setAll(Texts.wrapping(now, "h2")));
        vm.loaded().addListener((o, was, loaded) -> {
            viewer = new PageViewer(tasks, PageSource.print(loaded.document().pages()));
            VBox.setVgrow(viewer, Priority.ALWAYS);
            root.getChildren().setAll(Texts.wrapping(loaded.document().title(), "h2"), printRow(vm, loaded), viewer);
        });
        vm.load();
    }

    private static Node printRow(PrintPreviewViewModel vm, PrintPreviewViewModel.Loaded loaded) {
        Label status = Texts.wrapping("", "strong");
        status.setId("printStatus");
        HBox.setHgrow(status, Priority.ALWAYS);
        Button qr = new Button(Messages.get("ui.aids.qr"), Icons.icon("qr"));
        qr.setId("previewQrButton");
        qr.getStyleClass().add("secondary");
        qr.setMinWidth(Region.USE_PREF_SIZE);
        qr.setOnAction(e -> vm.openQr());
        qr.setVisible(loaded.qrCode());
        qr.setManaged(loaded.qrCode());
        HBox row = new HBox();
        row.getStyleClass().add("print-row");
        if (!loaded.printer().isWorking()) {
            status.setText(Messages.get("ui.print.noPrinter"));
            status.setId("noPrinterNote");
            row.getChildren().addAll(qr, status);
            return row;
        }
        status.textProperty().bind(vm.status());
        Button print = new Button(Messages.get("ui.aids.print"), Icons.icon("print"));
        print.setId("printButton");
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.disableProperty().bind(vm.printing());
        print.setOnAction(e -> vm.print());
        row.getChildren().addAll(print, qr, status);
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

package org.hallkiosk.ui.staff;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.hallkiosk.ui.Fxml;

/**
 * The progress bar, its words, 取消 and the result of a {@link SyncRun} (SyncRunView.fxml); the 同步 and
 * U 盘导入 tabs each place one in their FXML and {@link #show} their run.
 */
public final class SyncRunView extends VBox {

    @FXML
    private VBox running;
    @FXML
    private ProgressBar bar;
    @FXML
    private Label text;
    @FXML
    private Button cancel;
    @FXML
    private Label result;

    public SyncRunView() {
        Fxml.load(this);
    }

    void show(SyncRun run) {
        bar.progressProperty().bind(run.progress());
        text.textProperty().bind(run.progressText());
        result.textProperty().bind(run.result());
        running.visibleProperty().bind(run.running());
        running.managedProperty().bind(run.running());
        cancel.setOnAction(e -> run.cancel());
    }
}

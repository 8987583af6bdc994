package org.hallkiosk.ui.staff;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hallkiosk.ui.Fxml;

/** The 同步 tab (SyncTabView.fxml), bound to its {@link SyncTabViewModel}. */
final class SyncTabView implements StaffTab {

    private final SyncTabViewModel vm;
    private final Node root;
    @FXML
    private HBox badge;
    @FXML
    private Label headline;
    @FXML
    private Label advice;
    @FXML
    private Label feedAddress;
    @FXML
    private Label lastSource;
    @FXML
    private Label nextSync;
    @FXML
    private Label layoutInForce;
    @FXML
    private Label current;
    @FXML
    private Label lastSuccess;
    @FXML
    private Label lastFailure;
    @FXML
    private Button syncNow;
    @FXML
    private SyncRunView run;
    @FXML
    private VBox history;

    SyncTabView(SyncTabViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this);
        vm.refresh();
    }

    @FXML
    private void initialize() {
        headline.textProperty().bind(vm.stateHeadline());
        advice.textProperty().bind(vm.stateAdvice());
        advice.visibleProperty().bind(vm.stateAdvice().isNotEmpty());
        advice.managedProperty().bind(advice.visibleProperty());
        paintBadge();
        vm.stateLevel().addListener((o, was, now) -> paintBadge());
        feedAddress.textProperty().bind(vm.feedAddress());
        lastSource.textProperty().bind(vm.lastSource());
        nextSync.textProperty().bind(vm.nextSync());
        layoutInForce.textProperty().bind(vm.layoutInForce());
        current.textProperty().bind(vm.current());
        lastSuccess.textProperty().bind(vm.lastSuccess());
        lastFailure.textProperty().bind(vm.lastFailure());
        syncNow.disableProperty().bind(vm.run().running());
        run.show(vm.run());
        StaffLines.follow(history, vm.history(), true);
    }

    /** Green, amber or red: a style class the stylesheet colours (dot, border, words). */
    private void paintBadge() {
        badge.getStyleClass().removeAll("state-ok", "state-warn", "state-fail");
        badge.getStyleClass().add("state-" + switch (vm.stateLevel().get()) {
            case OK -> "ok";
            case WARN -> "warn";
            case FAIL -> "fail";
        });
    }

    @FXML
    private void syncNow() {
        vm.syncNow();
    }

    @Override
    public Node view() {
        return root;
    }
}

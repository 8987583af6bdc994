package org.hallkiosk.ui.staff;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.hallkiosk.ui.Fxml;
import org.hallkiosk.ui.Texts;

/** The 管理 tab (AdminTabView.fxml), bound to its {@link AdminTabViewModel}. */
final class AdminTabView implements StaffTab {

    private final AdminTabViewModel vm;
    private final Node root;
    @FXML
    private VBox configNotice;
    @FXML
    private Button leave;
    @FXML
    private VBox asking;

    AdminTabView(AdminTabViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        showConfig();
        vm.configLines().addListener((ListChangeListener<String>) c -> showConfig());
        // 退出到桌面 stands apart, in red, below its own heading, and asks before it acts.
        asking.visibleProperty().bind(vm.asking());
        asking.managedProperty().bind(vm.asking());
        leave.visibleProperty().bind(vm.asking().not());
        leave.managedProperty().bind(leave.visibleProperty());
    }

    /** The config's problems in bold, or in grey that it is fine. */
    private void showConfig() {
        String style = vm.configOk() ? "muted" : "strong";
        configNotice.getChildren().setAll(vm.configLines().stream().map(l -> (Node) Texts.wrapping(l, style)).toList());
    }

    @FXML
    private void openDesigner() {
        vm.openDesigner(root.getScene() == null ? null : root.getScene().getWindow());
    }

    @FXML
    private void closePanel() {
        vm.closePanel();
    }

    @FXML
    private void askToLeave() {
        vm.askToLeave();
    }

    @FXML
    private void keep() {
        vm.keep();
    }

    @FXML
    private void leave() {
        vm.leave();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}

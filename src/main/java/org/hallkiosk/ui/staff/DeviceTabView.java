package org.hallkiosk.ui.staff;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.hallkiosk.ui.Fxml;

/** The 设备 tab (DeviceTabView.fxml), bound to its {@link DeviceTabViewModel}. */
final class DeviceTabView implements StaffTab {

    private final DeviceTabViewModel vm;
    private final Node root;
    @FXML
    private VBox lines;

    DeviceTabView(DeviceTabViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this);
        vm.load();
    }

    @FXML
    private void initialize() {
        StaffLines.follow(lines, vm.lines(), true);
    }

    @Override
    public Node view() {
        return root;
    }
}

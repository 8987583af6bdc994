package org.hallkiosk.ui.staff;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Fxml;
import org.hallkiosk.ui.Texts;

/** The 内容健康 tab (HealthTabView.fxml), bound to its {@link HealthTabViewModel}. */
final class HealthTabView implements StaffTab {

    private final HealthTabViewModel vm;
    private final Node root;
    @FXML
    private Label total;
    @FXML
    private VBox groups;

    HealthTabView(HealthTabViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this);
        vm.load();
    }

    @FXML
    private void initialize() {
        total.textProperty().bind(vm.total());
        showGroups();
        vm.groups().addListener((ListChangeListener<HealthTabViewModel.HealthGroup>) c -> showGroups());
    }

    /** One box a group: its heading in the severity's colour, what to do, and its findings (data, built here). */
    private void showGroups() {
        groups.getChildren().clear();
        if (vm.groups().isEmpty()) {
            groups.getChildren().add(Texts.wrapping(Messages.get("ui.staff.nothing"), "muted"));
        }
        for (HealthTabViewModel.HealthGroup g : vm.groups()) {
            VBox group = new VBox(Texts.wrapping(g.heading(), "section-title", g.styleClass()),
                    Texts.wrapping(g.advice(), "muted"));
            group.getStyleClass().addAll("staff-lines", "health-group");
            g.lines().forEach(l -> group.getChildren().add(Texts.wrapping(l)));
            groups.getChildren().add(group);
        }
    }

    @Override
    public Node view() {
        return root;
    }
}

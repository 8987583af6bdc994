package org.hallkiosk.ui.staff;

import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Fxml;
import org.hallkiosk.ui.Texts;

/** The U 盘导入 tab (UsbTabView.fxml), bound to its {@link UsbTabViewModel}; it looks for drives every few seconds. */
final class UsbTabView implements StaffTab {

    private static final Duration POLL = Duration.seconds(3);

    private final UsbTabViewModel vm;
    private final Node root;
    private final Timeline poll;
    @FXML
    private Label whereToLook;
    @FXML
    private VBox feeds;
    @FXML
    private Label plan;
    @FXML
    private VBox titles;
    @FXML
    private HBox decide;
    @FXML
    private SyncRunView run;

    UsbTabView(UsbTabViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this);
        vm.refresh();
        // Only while the tab is on a shown window: a panel left behind (a replaced scene) stops looking.
        poll = new Timeline(new KeyFrame(POLL, e -> {
            if (root.getScene() != null && root.getScene().getWindow() != null
                    && root.getScene().getWindow().isShowing()) {
                vm.refresh();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    @FXML
    private void initialize() {
        whereToLook.setText(vm.whereToLook());
        showFeeds();
        vm.feeds().addListener((ListChangeListener<Path>) c -> showFeeds());
        plan.textProperty().bind(vm.plan());
        StaffLines.follow(titles, vm.planTitles(), false);
        decide.visibleProperty().bind(vm.planReady().and(vm.run().running().not()));
        decide.managedProperty().bind(decide.visibleProperty());
        run.show(vm.run());
    }

    /** One button a feed found, its path as its words (data, so built here, not in the FXML). */
    private void showFeeds() {
        feeds.getChildren().clear();
        if (vm.feeds().isEmpty()) {
            feeds.getChildren().add(Texts.wrapping(Messages.get("ui.staff.usb.none"), "muted"));
        }
        for (Path p : vm.feeds()) {
            Button b = new Button(p.toString());
            b.getStyleClass().addAll("secondary", "usb-feed");
            b.setWrapText(true);
            b.setMinWidth(0); // a long path wraps rather than widen the page
            b.setMinHeight(Region.USE_PREF_SIZE);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setUserData(p);
            b.setOnAction(e -> vm.choose(p));
            feeds.getChildren().add(b);
        }
    }

    @FXML
    private void rescan() {
        vm.refresh();
    }

    @FXML
    private void apply() {
        vm.apply();
    }

    @FXML
    private void dismiss() {
        vm.dismiss();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void dispose() {
        poll.stop(); // an import going on goes on: it is whole or nothing either way
    }
}

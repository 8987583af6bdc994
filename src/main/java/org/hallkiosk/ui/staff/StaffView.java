package org.hallkiosk.ui.staff;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.action.Action;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Fxml;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Screen;

/**
 * The staff panel (StaffView.fxml): 同步, U 盘导入, 内容健康, 使用统计, 设备 and 管理, one tab at a time, each
 * its own view and view model; the chosen tab is built when chosen and disposed when another is. A config edit
 * refused while the panel is open slides in as a notice with 查看, which opens 管理.
 */
public final class StaffView implements Screen {

    private final KioskContext context;
    private final StaffTools staff;
    private final Runnable close;
    /** 同步 and U 盘导入 share it: a sync started on one shows on the other. */
    private final SyncRun run;
    private final NotificationPane root;
    private final ChangeListener<List<ConfigProblem>> notice = (o, was, now) -> showNotice(now);
    private StaffTab shown;
    @FXML
    private NotificationPane notices;
    @FXML
    private SegmentedButton tabs;
    @FXML
    private ScrollPane scroll;

    public StaffView(KioskContext context, StaffTools staff, Runnable close) {
        this.context = context;
        this.staff = staff;
        this.close = close;
        this.run = new SyncRun(staff);
        this.root = Fxml.load(this);
        show(tabs.getButtons().get(0));
        showNotice(staff.configNotice().get());
        staff.configNotice().addListener(notice);
    }

    /** A tab's button: it stays chosen when tapped again (and shows its tab afresh). */
    @FXML
    private void choose(ActionEvent e) {
        show((ToggleButton) e.getSource());
    }

    private void show(ToggleButton button) {
        button.setSelected(true);
        if (shown != null) {
            shown.dispose();
        }
        shown = tab((String) button.getUserData());
        scroll.setContent(shown.view());
        scroll.setVvalue(0);
    }

    private StaffTab tab(String name) {
        return switch (name) {
            case "sync" -> new SyncTabView(new SyncTabViewModel(context, staff, run));
            case "usb" -> new UsbTabView(new UsbTabViewModel(context, staff, run));
            case "health" -> new HealthTabView(new HealthTabViewModel(context, staff));
            case "usage" -> new UsageTabView(new UsageTabViewModel(context, staff));
            case "device" -> new DeviceTabView(new DeviceTabViewModel(context, staff));
            default -> new AdminTabView(new AdminTabViewModel(staff, context, close));
        };
    }

    /** The refused edit's first problem over the panel, with 查看 (the 管理 tab lists them all); none: hidden. */
    private void showNotice(List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            notices.hide();
            return;
        }
        notices.getActions().setAll(new Action(Messages.get("ui.staff.notice.show"), e -> {
            notices.hide();
            show(tabs.getButtons().get(tabs.getButtons().size() - 1));
        }));
        notices.show(Messages.get("ui.staff.reloadRefused", problems.size(), problems.get(0).toString()));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return new SimpleStringProperty(Messages.get("ui.staff.title"));
    }

    @Override
    public void dispose() {
        staff.configNotice().removeListener(notice);
        if (shown != null) {
            shown.dispose(); // a running sync goes on: it is whole or nothing either way
        }
    }
}

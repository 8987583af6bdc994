package org.hallkiosk.ui.staff;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.i18n.Messages;

/**
 * The 管理 tab: the problems of a refused config edit (or that the config is fine), 关闭工作人员面板, and
 * 退出到桌面, which asks before it acts.
 */
final class AdminTabViewModel {

    private final StaffTools staff;
    private final Runnable closePanel;
    private final ObservableList<String> configLines = FXCollections.observableArrayList();
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ChangeListener<List<ConfigProblem>> follow = (o, was, now) -> showConfig(now);

    AdminTabViewModel(StaffTools staff, Runnable closePanel) {
        this.staff = staff;
        this.closePanel = closePanel;
        showConfig(staff.configNotice().get());
        staff.configNotice().addListener(follow);
    }

    /** One line a problem of the last refused config edit; one line that all is fine when there are none. */
    ObservableList<String> configLines() {
        return configLines;
    }

    /** Whether 确定要退出查询机 is being asked. */
    BooleanProperty asking() {
        return asking;
    }

    boolean configOk() {
        return staff.configNotice().get().isEmpty();
    }

    void askToLeave() {
        asking.set(true);
    }

    void keep() {
        asking.set(false);
    }

    void leave() {
        staff.leaveKiosk().run();
    }

    void closePanel() {
        closePanel.run();
    }

    /** The staff tools outlive the tab: stop following their notice. */
    void dispose() {
        staff.configNotice().removeListener(follow);
    }

    private void showConfig(List<ConfigProblem> problems) {
        configLines.setAll(problems.isEmpty() ? List.of(Messages.get("ui.staff.admin.configOk"))
                : problems.stream().map(ConfigProblem::toString).toList());
    }
}

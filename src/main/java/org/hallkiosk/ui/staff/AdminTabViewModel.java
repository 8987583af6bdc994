package org.hallkiosk.ui.staff;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.design.DesignWindow;

/**
 * The 管理 tab: the problems of a refused config edit (or that the config is fine), 关闭工作人员面板, and
 * 退出到桌面, which asks before it acts.
 */
final class AdminTabViewModel {

    private final StaffTools staff;
    /** The kiosk's content and tasks, for the layout designer; null where there is no kiosk around the tab. */
    private final KioskContext context;
    private final Runnable closePanel;
    private final ObservableList<String> configLines = FXCollections.observableArrayList();
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ChangeListener<List<ConfigProblem>> follow = (o, was, now) -> showConfig(now);

    AdminTabViewModel(StaffTools staff, Runnable closePanel) {
        this(staff, null, closePanel);
    }

    AdminTabViewModel(StaffTools staff, KioskContext context, Runnable closePanel) {
        this.staff = staff;
        this.context = context;
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

    /**
     * Opens the layout designer in a window over the kiosk, on this kiosk's config folder and content; a save
     * reaches the kiosk as any edit of the folder does. Nothing happens on the built-in settings (no folder).
     */
    void openDesigner(Window owner) {
        Path dir = staff.config().configDir();
        if (dir != null && context != null) {
            DesignWindow.openOver(owner, dir, context.mirror(), context.tasks());
        }
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

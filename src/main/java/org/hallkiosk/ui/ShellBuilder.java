package org.hallkiosk.ui;

import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.Layout;
import org.hallkiosk.config.StaffSettings;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.ui.search.KeyboardInput;
import org.hallkiosk.ui.staff.LiveConfig;
import org.hallkiosk.ui.staff.StaffTools;

/**
 * How the kiosk makes a shell, at start and on every hot reload: this hall's reading aids, the staff entry and
 * the theme. One place, so the soak's hot reloads build the shells the kiosk builds. No disk work.
 */
final class ShellBuilder {

    private final Mirror mirror;
    private final UiTaskExecutor tasks;
    private final KioskAids aids;
    private final SyncService sync;
    private final Runnable leaveKiosk;

    ShellBuilder(Mirror mirror, UiTaskExecutor tasks, KioskAids aids, SyncService sync, Runnable leaveKiosk) {
        this.mirror = mirror;
        this.tasks = tasks;
        this.aids = aids;
        this.sync = sync;
        this.leaveKiosk = leaveKiosk;
    }

    /** A shell for the config folder as it loaded, showing {@code first} first; on the FX thread. */
    KioskShell build(String hallName, Layout layout, List<ConfigProblem> problems, KioskConfig config,
                     StaffSettings staff, Place first) {
        List<ConfigProblem> shown = new ArrayList<>(problems);
        KioskShell shell = new KioskShell(hallName, layout, mirror, tasks, shown, aids, KeyboardInput.installed(),
                first);
        shell.enableStaff(StaffTools.of(config, staff, sync, aids::check, leaveKiosk));
        shell.applyTheme(shell);
        return shell;
    }

    /** A shell for an edit {@link LiveConfig} loaded without problems; on the FX thread. */
    KioskShell build(LiveConfig.Reloaded loaded) {
        return build(loaded.config().hallName(), loaded.layout(), loaded.notices(), loaded.config(), loaded.staff(),
                new Place.Attract());
    }
}

package org.hallkiosk.ui.staff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.aids.AidsAvailability;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.config.KioskLogs;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;

/** The 设备 tab: which reading aids work on this machine, and the latest problems in the log. */
final class DeviceTabViewModel {

    static final int LOG_LINES = 10;

    private final KioskContext context;
    private final StaffTools staff;
    private final ObservableList<String> lines = FXCollections.observableArrayList();

    DeviceTabViewModel(KioskContext context, StaffTools staff) {
        this.context = context;
        this.staff = staff;
    }

    ObservableList<String> lines() {
        return lines;
    }

    /** Asks the aids and reads the log off the FX thread (a speech engine's check starts a process). */
    void load() {
        context.tasks().run(() -> {
            List<String> out = new ArrayList<>();
            AidsAvailability a = staff.aids().get();
            for (AidsAvailability.AidState s : a.staffPanel()) {
                out.add(s.availability().isWorking() ? Messages.get("ui.staff.device.works", s.name())
                        : Messages.get("ui.staff.device.absent", s.name(), s.availability().reason()));
            }
            List<String> problems;
            try {
                problems = KioskLogs.latestProblems(staff.dataDir(), LOG_LINES);
            } catch (IOException e) {
                problems = List.of(String.valueOf(e.getMessage()));
            }
            out.add(problems.isEmpty() ? Messages.get("ui.staff.device.noProblems")
                    : Messages.get("ui.staff.device.problems", problems.size()));
            out.addAll(problems);
            return out;
        }, lines::setAll, e -> {
            BackgroundFailures.report("device check", e);
            lines.setAll(Messages.get("ui.staff.error", String.valueOf(e.getMessage())));
        });
    }
}

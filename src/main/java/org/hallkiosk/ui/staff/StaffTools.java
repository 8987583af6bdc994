package org.hallkiosk.ui.staff;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hallkiosk.aids.AidsAvailability;
import org.hallkiosk.aids.Printing;
import org.hallkiosk.aids.SpeechEngines;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.StaffGate;
import org.hallkiosk.config.StaffSettings;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.ui.UiTaskExecutor;

/**
 * What the staff screens need beyond a visitor's: the PIN gate, the sync service, the settings, the reading
 * aids' state, and how to leave the kiosk. {@code configNotice} holds the problems of the last config edit
 * that was refused while running (empty when it was applied). {@code syncTasks} runs sync now, USB imports and
 * their previews on a thread of their own, so a first sync that takes minutes never holds one of the two
 * workers the screens load pages and searches on.
 */
public record StaffTools(KioskConfig config, StaffSettings settings, StaffGate gate, SyncService sync,
                         Supplier<AidsAvailability> aids, Runnable leaveKiosk,
                         ObjectProperty<List<ConfigProblem>> configNotice, UiTaskExecutor syncTasks) {

    /**
     * Reads staff.yaml from the config folder (disk: not on the FX thread); when it is invalid the entry
     * stays closed (no PIN) and the problems are added to {@code problems}.
     */
    public static StaffSettings readSettings(KioskConfig config, List<ConfigProblem> problems) {
        try {
            return StaffSettings.load(config.configDir());
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return StaffSettings.DEFAULT;
        }
    }

    /** The staff tools for settings already read. */
    public static StaffTools of(KioskConfig config, StaffSettings settings, SyncService sync,
                                Supplier<AidsAvailability> aids, Runnable leaveKiosk) {
        // The lockout lives in the data folder, so a restart does not clear it.
        StaffGate gate = new StaffGate(settings.pinHash(), settings.maxTries(), settings.lockout(),
                Clock.systemUTC(), config.dataDir());
        return new StaffTools(config, settings, gate, sync, aids, leaveKiosk,
                new SimpleObjectProperty<>(List.of()), UiTaskExecutor.forFx("staff-sync", 1));
    }

    /** Reads staff.yaml and makes the tools, with the aids of this machine: for tools and tests. */
    public static StaffTools load(KioskConfig config, SyncService sync, Supplier<AidsAvailability> aids,
                                  Runnable leaveKiosk, List<ConfigProblem> problems) {
        return of(config, readSettings(config, problems), sync, aids, leaveKiosk);
    }

    /** The kiosk's own: aids as found on this machine (speech engine of the config, the system's printer). */
    public static StaffTools forKiosk(KioskConfig config, SyncService sync, Runnable leaveKiosk,
                                      List<ConfigProblem> problems) {
        return load(config, sync, () -> AidsAvailability.check(SpeechEngines.choose(config.readAloud()),
                new Printing()), leaveKiosk, problems);
    }

    public Path dataDir() {
        return config.dataDir();
    }

    /** The kiosk's shell is going away: a sync or preview still running finishes, nothing new starts. */
    public void close() {
        syncTasks.closeWhenDone();
    }
}

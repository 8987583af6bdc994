package org.hallkiosk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Parent;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.config.ClassDataArchive;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.config.KioskLogs;
import org.hallkiosk.config.LastGoodSettings;
import org.hallkiosk.config.Layout;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.config.RunHistory;
import org.hallkiosk.config.RunHistory.StartKind;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.paused.PausedView;
import org.hallkiosk.ui.search.KeyboardInput;

/**
 * How this start of the kiosk goes, decided off the FX thread: the log files first, then the run history.
 * After a crash the visitor finds the home screen at once; in a crash loop (or when the content cannot be
 * opened at all) only the plain 暂停服务 screen, built from what is already loaded.
 *
 * @param startup the opened kiosk, or null when it shows 暂停服务
 */
public record KioskLaunch(StartKind kind, Path dataDir, String hallName, List<Layout.Hotline> hotlines,
                          KioskStartup startup) {

    private static final Logger LOG = Logger.getLogger(KioskLaunch.class.getName());

    /** Disk work: not on the FX thread. */
    public static KioskLaunch prepare(KioskHome home, Instant now) {
        Path configDir = home.configDir();
        LastGoodSettings.Loaded settings = LastGoodSettings.load(configDir, home.dataDirOverride());
        KioskConfig config = settings.config();
        Messages.setLocale(config.locale());
        Path data = config.dataDir();
        try {
            KioskLogs.install(data);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "no log files in " + data, e); // the kiosk still runs, logging to stderr
        }
        StartKind kind = recordStart(data, now);
        ClassDataArchive.logState();
        LOG.info("kiosk start: " + kind + ", settings: " + settings.source() + ", home: "
                + home.dir().toAbsolutePath());
        if (kind == StartKind.CRASH_LOOP) {
            LOG.severe("crash loop: " + "three starts within a minute without a clean stop; showing 暂停服务 "
                    + "until staff restart the kiosk");
            return paused(kind, configDir, data, config.hallName());
        }
        try {
            KioskStartup startup = KioskStartup.openWith(configDir, settings);
            return new KioskLaunch(kind, data, config.hallName(), startup.layout().layout().hotlines(), startup);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the kiosk could not open its content; showing 暂停服务", e);
            return paused(kind, configDir, data, config.hallName());
        }
    }

    /** Builds the kiosk's shell: the app adds its reading aids and the staff entry. */
    @FunctionalInterface
    public interface ShellFactory {
        KioskShell build(String hallName, Layout layout, List<ConfigProblem> problems, KioskConfig config,
                         Place first);
    }

    /** The first screen with a plain shell (no reading aids, no staff entry), as tests and tools use it. */
    public Parent firstScreen(UiTaskExecutor tasks) {
        return firstScreen(tasks, (name, layout, problems, config, first) -> {
            KioskShell shell = new KioskShell(name, layout, startup.mirror(), tasks, problems, KioskAids.none(),
                    KeyboardInput.installed(), first);
            shell.applyTheme(shell);
            return shell;
        });
    }

    /** The first screen: 暂停服务, or the shell on home after a crash, or on the attract screen. */
    public Parent firstScreen(UiTaskExecutor tasks, ShellFactory shells) {
        if (startup == null) {
            PausedView paused = new PausedView(hallName, hotlines);
            paused.getStylesheets().add(DisplayMode.STYLESHEET);
            tasks.runQuietly(() -> LOG.info("first screen: paused"));
            return paused;
        }
        // After a crash home is the first screen: the attract screen is not built before it.
        Place first = kind == StartKind.AFTER_CRASH ? new Place.Home() : new Place.Attract();
        KioskShell shell = shells.build(hallName, startup.layout().layout(), startup.problems(), startup.config(),
                first);
        String place = shell.context().navigator().place().get().getClass().getSimpleName();
        tasks.runQuietly(() -> LOG.info("first screen: " + place)); // the log file is disk: not on the FX thread
        return shell;
    }

    /** Records a clean stop, so that the next start is a normal one. */
    public void recordStop(Instant now) {
        try {
            new RunHistory(dataDir).recordStop(now);
            LOG.info("kiosk stopped cleanly");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not record the clean stop", e);
        }
    }

    private static StartKind recordStart(Path data, Instant now) {
        try {
            return new RunHistory(data).recordStart(now);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not read or write " + RunHistory.FILE + "; starting normally", e);
            return StartKind.NORMAL;
        }
    }

    /** Only the hotlines of the layout (or the built-in one): no mirror, no sync. */
    private static KioskLaunch paused(StartKind kind, Path configDir, Path data, String hallName) {
        List<Layout.Hotline> hotlines;
        try {
            Path layoutDir = configDir != null && Files.isDirectory(configDir) ? configDir : null;
            hotlines = LayoutLoader.loadOrFallback(layoutDir, data).layout().hotlines();
        } catch (RuntimeException e) {
            hotlines = List.of();
        }
        return new KioskLaunch(kind, data, hallName, hotlines, null);
    }
}

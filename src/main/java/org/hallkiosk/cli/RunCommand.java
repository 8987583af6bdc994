package org.hallkiosk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run}: starts the kiosk (what the jar does with no command). Without a display it says so in one line,
 * in Chinese and English, with the way to see the screens anyway, and exits 1 instead of dying in the toolkit.
 */
@Command(name = "run", description = "Start the kiosk (the default when no command is given).")
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "DIR", description = "the kiosk-config folder (default: HALL_KIOSK_HOME/kiosk-config, else ./kiosk-config)")
    Path configDir;

    @Option(names = "--data", paramLabel = "DIR", description = "where the mirror lives (default: data_dir of the config)")
    Path dataDir;

    @Option(names = "--windowed", description = "a normal window instead of full screen (for trying it out)")
    boolean windowed;

    @Option(names = "--size", paramLabel = "WxH", converter = ScreenSize.Converter.class,
            description = "the window's size in pixels (implies --windowed; default 1280x800)")
    ScreenSize size;

    @Override
    public Integer call() {
        if (configDir != null) {
            System.setProperty(KioskHome.CONFIG_PROPERTY, configDir.toString());
        }
        if (dataDir != null) {
            System.setProperty(KioskHome.DATA_PROPERTY, dataDir.toString());
        }
        if (windowed || size != null) {
            System.setProperty(KioskApp.WINDOWED, "true");
        }
        if (size != null) {
            System.setProperty(KioskApp.SIZE, size.width() + "x" + size.height());
        }
        if (!hasDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))) {
            System.err.println(noDisplay());
            return 1;
        }
        try {
            KioskApp.launchKiosk(new String[0]);
        } catch (RuntimeException | LinkageError toolkitDidNotStart) {
            // GTK could not open the display it was given (a stale DISPLAY, no X server): say it in one line.
            String display = String.valueOf(System.getenv().getOrDefault("DISPLAY",
                    System.getenv("WAYLAND_DISPLAY")));
            System.err.println(twoLanguages("run.displayFailed", display, toolkitDidNotStart.getMessage()));
            return 1;
        }
        return 0;
    }

    /**
     * Whether a window can be opened: on Linux and other X11/Wayland systems a DISPLAY or WAYLAND_DISPLAY;
     * Windows and macOS always have one; Monocle (headless tests) needs none.
     */
    static boolean hasDisplay(Map<String, String> env, String osName, String glassPlatform) {
        if ("Monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return present(env.get("DISPLAY")) || present(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** The one line: Chinese, then English, whatever the config's language. */
    static String noDisplay() {
        return twoLanguages("run.noDisplay");
    }

    private static String twoLanguages(String key, Object... args) {
        return Messages.format(Messages.CHINESE, key, args) + " / " + Messages.format(Locale.ENGLISH, key, args);
    }
}

package org.hallkiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.DisplaySize;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.ScreenshotRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code screenshots OUT_DIR}: every screen, in standard, larger text and high contrast, as PNG. */
@Command(name = "screenshots", description = "Render every screen (also in larger text and high contrast) to PNG.")
public final class ScreenshotsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUT_DIR", description = "where the PNG files go")
    Path out;

    @Option(names = "--config", paramLabel = "DIR", description = "the kiosk-config folder (default: HALL_KIOSK_HOME/kiosk-config, else ./kiosk-config)")
    Path configDir = KioskHome.current().configDir();

    @Option(names = "--data", paramLabel = "DIR", description = "where the mirror lives (default: data_dir of the config)")
    Path dataDir;

    @Option(names = "--size", paramLabel = "WxH", converter = ScreenSize.Converter.class,
            description = "screen size in pixels (default: screen_size of kiosk.yaml, else 1920x1080)")
    ScreenSize size;

    @Override
    public Integer call() throws Exception {
        DisplaySize screen = size != null ? new DisplaySize(size.width(), size.height()) : configured();
        var files = ScreenshotRenderer.renderAll(configDir, dataDir, out, screen.width(), screen.height());
        files.forEach(System.out::println);
        System.out.println(Messages.get("screenshots.done", files.size(), out));
        return 0;
    }

    /** The config's screen_size; a folder that does not load renders at the standard size (the kiosk would run). */
    private DisplaySize configured() {
        try {
            return ConfigLoader.load(configDir).screenSize();
        } catch (ConfigException e) {
            return DisplaySize.STANDARD;
        }
    }
}

package org.hallkiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.design.DesignWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code design [CONFIG_DIR] [--data DIR]}: the layout designer, a window for an administrator's PC that shows
 * the home and attract screens live beside a form, and saves layout.yaml only when check-config's checks pass.
 * Without a display it says so in one line, as {@code run} does.
 */
@Command(name = "design", description = "Design the hall's screens in a window: home and attract screens live beside a form; saves layout.yaml when check-config passes.")
public final class DesignCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "CONFIG_DIR", description = "the kiosk-config folder (default: HALL_KIOSK_HOME/kiosk-config, else ./kiosk-config)")
    Path configDir = KioskHome.current().configDir();

    @Option(names = "--data", paramLabel = "DIR", description = "the data folder whose content tiles and searches are checked against (default: data_dir of the config; the sample content when it holds none)")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(configDir)) {
            System.err.println(configDir + ": -: " + Messages.get("checkConfig.noDir"));
            return 1;
        }
        if (!RunCommand.hasDisplay(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"))) {
            System.err.println(Messages.format(Messages.CHINESE, "design.noDisplay") + " / "
                    + Messages.format(Locale.ENGLISH, "design.noDisplay"));
            return 1;
        }
        Path data = dataDir;
        try {
            var config = ConfigLoader.load(configDir);
            Messages.setLocale(config.locale()); // the window speaks the hall's language
            if (data == null) {
                data = config.dataDir();
            }
        } catch (ConfigException e) {
            // the designer lists the folder's problems; without a data folder its content is the sample's
        }
        DesignWindow.run(configDir, data);
        return 0;
    }
}

package org.hallkiosk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigFolder;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code check-config [DIR]}: every problem of kiosk.yaml and layout.yaml as {@code file: field: message}. */
@Command(name = "check-config", description = "Check a kiosk-config folder; print every problem as file: field: message.")
public final class CheckConfigCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "the kiosk-config folder (default: HALL_KIOSK_HOME/kiosk-config, else ./kiosk-config)")
    Path dir = KioskHome.current().configDir();

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isDirectory(dir)) {
            System.err.println(dir + ": -: " + Messages.get("checkConfig.noDir"));
            return 1;
        }
        useLanguageOf(dir);
        List<ConfigProblem> problems = ConfigFolder.problems(dir);
        for (ConfigProblem p : problems) {
            System.out.println(dir.resolve(p.file()) + ": " + p.field() + ": " + p.message());
        }
        if (!problems.isEmpty()) {
            return 1;
        }
        System.out.println(Messages.get("checkConfig.ok", dir));
        return 0;
    }

    /** Answers in the folder's language when its kiosk.yaml says one; in the default otherwise. */
    private static void useLanguageOf(Path dir) {
        try {
            Messages.setLocale(ConfigLoader.load(dir).locale());
        } catch (ConfigException listedBelow) {
            // its problems are listed with the others
        }
    }
}

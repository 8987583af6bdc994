package org.hallkiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigFolder;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.config.LayoutReach;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check-config [DIR] [--data DATA]}: every problem of kiosk.yaml, layout.yaml and staff.yaml as
 * {@code file: field: message}; with {@code --data}, also every tile and hot search that leads nowhere in that
 * mirror's content.
 */
@Command(name = "check-config",
        description = "Check a kiosk-config folder; print every problem as file: field: message. Exit 0 when valid, 1 when not.")
public final class CheckConfigCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "the kiosk-config folder (default: HALL_KIOSK_HOME/kiosk-config, else ./kiosk-config)")
    Path dir = KioskHome.current().configDir();

    @Option(names = "--data", paramLabel = "DATA", description = "also check that every tile and hot search leads somewhere in the content of this data folder")
    Path data;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            System.err.println(dir + ": -: " + Messages.get("checkConfig.noDir"));
            return 1;
        }
        useLanguageOf(dir);
        if (data != null && !Files.isRegularFile(data.resolve(Mirror.DB_FILE))) {
            System.err.println(data + ": -: " + Messages.get("checkConfig.noMirror"));
            return 1;
        }
        List<ConfigProblem> problems = new ArrayList<>(ConfigFolder.problems(dir));
        if (problems.isEmpty() && data != null) {
            problems.addAll(reach());
        }
        for (ConfigProblem p : problems) {
            System.out.println(dir.resolve(p.file()) + ": " + p.field() + ": " + p.message());
        }
        if (!problems.isEmpty()) {
            return 1;
        }
        System.out.println(Messages.get(data == null ? "checkConfig.ok" : "checkConfig.okWithData", dir, data));
        return 0;
    }

    /** The layout's tiles and hot searches against the content in {@link #data}; never creates a mirror. */
    private List<ConfigProblem> reach() {
        List<ConfigProblem> out = new ArrayList<>();
        try (Mirror mirror = Mirror.open(data)) {
            out.addAll(LayoutReach.problems(LayoutLoader.load(dir), mirror));
        } catch (ConfigException e) {
            out.addAll(e.problems());
        }
        return out;
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

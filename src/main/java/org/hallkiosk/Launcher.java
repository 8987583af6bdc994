package org.hallkiosk;

import org.hallkiosk.cli.HallKioskCommand;

/**
 * The jar's entry point. Not a JavaFX Application, so that {@code java -jar} starts even though JavaFX is on
 * the class path rather than the module path. No arguments: the kiosk. A command word: that command.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.hallkiosk.ui.KioskApp.launchKiosk(args);
            return;
        }
        System.exit(HallKioskCommand.execute(args));
    }
}

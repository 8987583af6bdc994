package org.hallkiosk;

import org.hallkiosk.cli.HallKioskCommand;

/**
 * The jar's entry point. Not a JavaFX Application, so that {@code java -jar} starts even though JavaFX is on
 * the class path rather than the module path. No arguments: the kiosk ({@code run}). A command word: that command.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // No command is the run command with its defaults: the same display check, the same exit codes.
        System.exit(HallKioskCommand.execute(args.length == 0 ? new String[] {"run"} : args));
    }
}

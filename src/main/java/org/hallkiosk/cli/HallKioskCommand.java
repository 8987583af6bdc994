package org.hallkiosk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command words; without one, the Launcher starts the kiosk itself. */
@Command(name = "hall-kiosk", mixinStandardHelpOptions = true, version = "hall-kiosk 0.1",
        description = "Hall Kiosk: run with no command to start the kiosk.",
        subcommands = {SyncCommand.class, StatusCommand.class, SearchCommand.class, PublishCommand.class,
            KeygenCommand.class, HealthCommand.class, StatsCommand.class, SetPinCommand.class,
            CheckConfigCommand.class, ScreenshotsCommand.class, PreviewLayoutCommand.class})
public final class HallKioskCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Runs a command line and returns its exit code: 0 done, 1 refused or failed, 2 usage error. */
    public static int execute(String... args) {
        return new CommandLine(new HallKioskCommand()).execute(args);
    }
}

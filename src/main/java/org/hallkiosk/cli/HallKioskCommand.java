package org.hallkiosk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command words; without one, the Launcher starts the kiosk itself. */
// scope INHERIT: every command answers --help (and --version) with exit 0, not only the top level.
@Command(name = "hall-kiosk", mixinStandardHelpOptions = true, version = "hall-kiosk 0.1",
        scope = CommandLine.ScopeType.INHERIT,
        description = "Hall Kiosk: with no command, or with run, starts the kiosk.",
        subcommands = {RunCommand.class, SyncCommand.class, StatusCommand.class, SearchCommand.class, PublishCommand.class,
            KeygenCommand.class, HealthCommand.class, StatsCommand.class, SetPinCommand.class,
            CheckConfigCommand.class, ScreenshotsCommand.class, PreviewLayoutCommand.class, ImportCommand.class,
            FleetCommand.class, DesignCommand.class})
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

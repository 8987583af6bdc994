package org.hallkiosk.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command words; without one, the Launcher starts the kiosk itself. */
// scope INHERIT: every command answers --help (and --version) with exit 0, not only the top level.
@Command(name = "hall-kiosk", mixinStandardHelpOptions = true, version = "hall-kiosk 0.1",
        scope = CommandLine.ScopeType.INHERIT,
        description = "Hall Kiosk: with no command, or with run, starts the kiosk.")
public final class HallKioskCommand implements Runnable {

    /** Every command word, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(RunCommand.class, SyncCommand.class, StatusCommand.class,
            SearchCommand.class, PublishCommand.class, KeygenCommand.class, HealthCommand.class, StatsCommand.class,
            SetPinCommand.class, CheckConfigCommand.class, ScreenshotsCommand.class, PreviewLayoutCommand.class,
            ImportCommand.class, FleetCommand.class, DesignCommand.class);

    @Override
    public void run() {
        commandLine().usage(System.out);
    }

    /**
     * Runs a command line and returns its exit code: 0 done, 1 refused or failed, 2 usage error. The kiosk's
     * own start (no arguments, as the launcher and the service start it, or {@code run} alone) goes straight to
     * {@link RunCommand} with its defaults, which is what picocli would run: picocli's classes are built for
     * Java 5, which the class-data archive cannot hold, so picocli costs a tenth of a second or more of loading
     * and verifying them at every start (docs/readme/ops.md, "Start-up time").
     */
    public static int execute(String... args) {
        if (args.length == 0 || args.length == 1 && args[0].equals("run")) {
            return new RunCommand().call();
        }
        return commandLine(args).execute(args);
    }

    /** The whole command tree: every command word. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command tree for {@code args}: when they start with a command word, only that command. Picocli reads
     * every command's options by reflection as it adds it: for all fifteen, a quarter of a second of CPU on
     * the kiosk's start, before the toolkit could start (docs/readme/ops.md, "Start-up time"). Anything else
     * (no word, --help, a word that is none) gets the whole tree, so usage and errors list every command.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine line = new CommandLine(new HallKioskCommand());
        Class<?> named = args.length == 0 ? null : COMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst().orElse(null);
        for (Class<?> c : named != null ? List.of(named) : COMMANDS) {
            line.addSubcommand(c);
        }
        return line;
    }
}

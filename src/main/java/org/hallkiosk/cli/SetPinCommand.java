package org.hallkiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.config.PinHash;
import org.hallkiosk.config.StaffSettings;
import org.hallkiosk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code set-pin}: asks for the staff PIN and writes its PBKDF2 hash to kiosk-config/staff.yaml. */
@Command(name = "set-pin", description = "Set the staff PIN (6-12 digits, not one digit repeated nor a run such as 123456); only its PBKDF2 hash is stored.")
public final class SetPinCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "DIR", description = "the kiosk-config folder (default: HALL_KIOSK_HOME/kiosk-config, else ./kiosk-config)")
    Path configDir = KioskHome.current().configDir();

    @Override
    public Integer call() throws Exception {
        String pin = readPin();
        if (!PinHash.isValidPin(pin)) {
            System.err.println(Messages.get("pin.invalid"));
            return 1;
        }
        Files.createDirectories(configDir);
        Path file = configDir.resolve(StaffSettings.FILE);
        StaffSettings.writePinHash(file, PinHash.hash(pin));
        System.out.println(Messages.get("pin.saved", file));
        return 0;
    }

    /** From the terminal without echo, typed twice; or one line from standard input, for scripts. */
    private static String readPin() throws Exception {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("%s", Messages.get("pin.prompt"));
            char[] second = console.readPassword("%s", Messages.get("pin.again"));
            if (first == null || second == null || !new String(first).equals(new String(second))) {
                return null;
            }
            return new String(first);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? null : line.strip();
    }
}

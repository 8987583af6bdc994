package org.hallkiosk.aids;

import java.util.function.Supplier;
import javax.print.PrintService;
import org.hallkiosk.config.ReadAloudSetting;

/**
 * The aids one kiosk has: its speech engine (chosen once, the first time it is asked for, because choosing
 * may start a process) and its printer. Ask off the FX thread.
 */
public final class KioskAids {

    private final Supplier<Speech> choose;
    private final Printing printing;
    private Speech speech;

    private KioskAids(Supplier<Speech> choose, Printing printing) {
        this.choose = choose;
        this.printing = printing;
    }

    /** The engine {@code read_aloud} names and the operating system's printer. */
    public static KioskAids forSetting(ReadAloudSetting setting) {
        return new KioskAids(() -> SpeechEngines.choose(setting), new Printing());
    }

    /** A given engine and the operating system's printer. */
    public static KioskAids of(Speech speech) {
        return new KioskAids(() -> speech, new Printing());
    }

    /** A given engine and no printer at all, whatever the operating system has (a hall that does not print). */
    public static KioskAids withoutPrinter(Speech speech) {
        return new KioskAids(() -> speech, new Printing(() -> null, () -> new PrintService[0]));
    }

    /** A given engine and a given printer (a file printer such as a PostScript stream, in tests). */
    public static KioskAids withPrinter(Speech speech, PrintService printer) {
        return new KioskAids(() -> speech, new Printing(() -> printer, () -> new PrintService[] {printer}));
    }

    /** No speech and no printer: for screens built without the kiosk's settings. */
    public static KioskAids none() {
        return withoutPrinter(new NoSpeech(Availability.absent("aids.speech.turnedOff")));
    }

    public synchronized Speech speech() {
        if (speech == null) {
            speech = choose.get();
        }
        return speech;
    }

    public Printing printing() {
        return printing;
    }

    /** What works now; the printer is looked up again each time. */
    public AidsAvailability check() {
        return AidsAvailability.check(speech(), printing);
    }
}

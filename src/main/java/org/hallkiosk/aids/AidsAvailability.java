package org.hallkiosk.aids;

import java.util.List;
import org.hallkiosk.content.Item;
import org.hallkiosk.i18n.Messages;

/**
 * Which aids this kiosk has, for the staff panel (each with why not, when not) and for the screens (which
 * buttons an item shows). A snapshot: check again to see a printer plugged in since (the printer is looked up
 * anew each time; a speech engine remembers its first answer, so a new engine from {@link SpeechEngines} is
 * needed to see an engine installed since). Check off the FX thread: it may start a process.
 */
public final class AidsAvailability {

    /** One line of the staff panel. {@code nameKey} is the aid's message key. */
    public record AidState(String nameKey, Availability availability) {
        public String name() {
            return Messages.get(nameKey);
        }
    }

    /** The aid buttons an open item shows. */
    public record ItemAids(boolean readAloud, boolean qrCode, boolean printPreview, boolean print) {
    }

    private final Availability speech;
    private final Availability printer;

    private AidsAvailability(Availability speech, Availability printer) {
        this.speech = speech;
        this.printer = printer;
    }

    public static AidsAvailability check(Speech speech, Printing printing) {
        return new AidsAvailability(speech.availability(), printing.availability());
    }

    public Availability speech() {
        return speech;
    }

    public Availability printer() {
        return printer;
    }

    /**
     * Speech and printer as found; QR codes, PDF pages and images need nothing outside the program, so they
     * always work (an item without a url just has no QR button).
     */
    public List<AidState> staffPanel() {
        return List.of(new AidState("aids.name.speech", speech), new AidState("aids.name.print", printer),
                new AidState("aids.name.qr", Availability.works()),
                new AidState("aids.name.attachments", Availability.works()));
    }

    /**
     * Read aloud when an engine works; QR only when the item has a url; print preview for guides and policies;
     * print only when there is also a printer (otherwise the preview says there is none).
     */
    public ItemAids forItem(Item item) {
        boolean printable = PrintLayouts.canPrint(item);
        return new ItemAids(speech.isWorking(), QrCode.forItem(item).isPresent(), printable,
                printable && printer.isWorking());
    }
}

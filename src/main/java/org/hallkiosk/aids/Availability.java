package org.hallkiosk.aids;

import java.util.List;
import java.util.Objects;
import org.hallkiosk.i18n.Messages;

/**
 * Whether an aid works on this kiosk, and if not, why, as a message key and its arguments: the staff panel
 * shows {@link #reason()} in the kiosk's language, and the screens hide the aid's button.
 */
public final class Availability {

    private static final Availability WORKS = new Availability(true, null, List.of());

    private final boolean works;
    private final String reasonKey;
    private final List<Object> reasonArgs;

    private Availability(boolean works, String reasonKey, List<Object> reasonArgs) {
        this.works = works;
        this.reasonKey = reasonKey;
        this.reasonArgs = reasonArgs;
    }

    public static Availability works() {
        return WORKS;
    }

    public static Availability absent(String reasonKey, Object... args) {
        return new Availability(false, Objects.requireNonNull(reasonKey), List.of(args));
    }

    public boolean isWorking() {
        return works;
    }

    /** The message key of the reason; null when the aid works. */
    public String reasonKey() {
        return reasonKey;
    }

    public List<Object> reasonArgs() {
        return reasonArgs;
    }

    /** A plain sentence for the staff panel; empty when the aid works. */
    public String reason() {
        return works ? "" : Messages.get(reasonKey, reasonArgs.toArray());
    }

    @Override
    public String toString() {
        return works ? "works" : "absent: " + reason();
    }
}

package org.hallkiosk.ui.staff;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import org.hallkiosk.config.StaffGate;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Place;

/** The PIN pad: digits typed, the gate's answer in plain words, and the staff panel when the PIN is right. */
public final class PinPadViewModel {

    static final int MAX_DIGITS = 12;

    private final KioskContext context;
    private final StaffTools staff;
    private final StringProperty digits = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(Messages.get("ui.staff.pin.prompt"));
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();

    public PinPadViewModel(KioskContext context, StaffTools staff) {
        this.context = context;
        this.staff = staff;
    }

    public StringProperty digits() {
        return digits;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checking() {
        return checking.getReadOnlyProperty();
    }

    public void type(char digit) {
        if (digits.get().length() < MAX_DIGITS) {
            digits.set(digits.get() + digit);
        }
    }

    public void erase() {
        String d = digits.get();
        digits.set(d.isEmpty() ? d : d.substring(0, d.length() - 1));
    }

    public void cancel() {
        digits.set("");
        context.navigator().reset();
    }

    /** Checks the PIN off the FX thread (PBKDF2 takes a moment); opens the staff panel when it is right. */
    public void submit() {
        String pin = digits.get();
        digits.set("");
        checking.set(true);
        context.tasks().run(() -> staff.gate().tryPin(pin), result -> {
            checking.set(false);
            if (result == StaffGate.Result.OPEN) {
                context.navigator().go(new Place.Staff());
            } else {
                message.set(say(result));
            }
        }, error -> {
            checking.set(false);
            message.set(Messages.get("ui.staff.pin.error"));
        });
    }

    private String say(StaffGate.Result result) {
        return switch (result) {
            case WRONG -> Messages.get("ui.staff.pin.wrong", staff.gate().triesLeft());
            case LOCKED -> Messages.get("ui.staff.pin.locked",
                    Math.max(1, (staff.gate().lockedFor().toSeconds() + 59) / 60));
            case NO_PIN_SET -> Messages.get("ui.staff.pin.noPin");
            case OPEN -> "";
        };
    }
}

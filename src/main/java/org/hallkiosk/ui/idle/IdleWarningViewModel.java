package org.hallkiosk.ui.idle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import org.hallkiosk.i18n.Messages;

/** What the idle warning shows: whether it is up, the seconds left, and the sentence that says what follows. */
public final class IdleWarningViewModel {

    private final IdleGuard guard;
    private final StringBinding countdown;
    private final StringBinding explanation;

    public IdleWarningViewModel(IdleGuard guard) {
        this.guard = guard;
        this.countdown = Bindings.createStringBinding(() -> Integer.toString(guard.secondsLeft().get()),
                guard.secondsLeft());
        this.explanation = Bindings.createStringBinding(() -> Messages.get("ui.idle.explain",
                guard.secondsLeft().get()), guard.secondsLeft());
    }

    public ObservableBooleanValue shown() {
        return guard.warningShown();
    }

    public StringBinding countdown() {
        return countdown;
    }

    /** What happens when the countdown ends, with the seconds left in it. */
    public StringBinding explanation() {
        return explanation;
    }

    /** 继续使用, or a touch anywhere on the dimmed screen: the visitor is still there. */
    public void continueUsing() {
        guard.continueUsing();
    }
}

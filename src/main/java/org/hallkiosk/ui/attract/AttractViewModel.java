package org.hallkiosk.ui.attract;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.hallkiosk.config.Layout;
import org.hallkiosk.ui.DisplayMode;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Place;

/** The attract screen's state: the title, the notices and which one shows. */
public final class AttractViewModel {

    private final KioskContext context;
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(0);

    public AttractViewModel(KioskContext context) {
        this.context = context;
    }

    public String title() {
        Layout.Attract a = context.layout().attract();
        return a.title() != null ? a.title() : context.hallName();
    }

    public List<String> notices() {
        return context.layout().attract().notices();
    }

    public DisplayMode display() {
        return context.display();
    }

    public Duration rotate() {
        return context.layout().attract().rotate();
    }

    public ReadOnlyIntegerProperty shown() {
        return shown.getReadOnlyProperty();
    }

    /** The next notice, round and round. Only while nobody uses the kiosk, so no reader is disturbed. */
    public void next() {
        if (!notices().isEmpty()) {
            shown.set((shown.get() + 1) % notices().size());
        }
    }

    public String currentNotice() {
        return notices().isEmpty() ? "" : notices().get(shown.get());
    }

    /** 标准版: the standard text size, no reading unless asked. */
    public void startStandard() {
        context.display().textSize().set(Layout.TextSize.STANDARD);
        context.readAloud().autoRead().set(false);
        start();
    }

    /** 长辈版: large text, and every item read aloud as it opens (where a speech engine works). */
    public void startForElders() {
        context.display().textSize().set(Layout.TextSize.LARGE);
        context.readAloud().autoRead().set(true);
        start();
    }

    /** A touch starts a visit. */
    public void start() {
        if (context.navigator().place().get() instanceof Place.Attract) { // the button's tap also reaches the screen
            context.navigator().home();
        }
    }
}

package org.hallkiosk.ui;

import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import org.hallkiosk.config.Layout;
import org.hallkiosk.i18n.Messages;

/** The 长辈模式 and 高对比度 switches, kept in step with the display mode wherever they are shown. */
public final class DisplayToggles {

    private DisplayToggles() {
    }

    public static ToggleButton largeText(DisplayMode display, String id) {
        ToggleButton t = new ToggleButton(Messages.get("ui.nav.largeText"), Icons.icon("text-size"));
        t.setId(id);
        t.setMinWidth(Region.USE_PREF_SIZE);
        t.setSelected(display.textSize().get() == Layout.TextSize.LARGE);
        t.selectedProperty().addListener((o, a, on) ->
                display.textSize().set(on ? Layout.TextSize.LARGE : Layout.TextSize.STANDARD));
        display.textSize().addListener((o, a, b) -> t.setSelected(b == Layout.TextSize.LARGE));
        return t;
    }

    public static ToggleButton highContrast(DisplayMode display, String id) {
        ToggleButton t = new ToggleButton(Messages.get("ui.nav.highContrast"), Icons.icon("contrast"));
        t.setId(id);
        t.setMinWidth(Region.USE_PREF_SIZE);
        t.setSelected(display.contrast().get() == Layout.Contrast.HIGH);
        t.selectedProperty().addListener((o, a, on) ->
                display.contrast().set(on ? Layout.Contrast.HIGH : Layout.Contrast.STANDARD));
        display.contrast().addListener((o, a, b) -> t.setSelected(b == Layout.Contrast.HIGH));
        return t;
    }
}

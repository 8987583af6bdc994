package org.hallkiosk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import org.hallkiosk.config.Layout;
import org.hallkiosk.i18n.Messages;

/** The 长辈模式 and 高对比度 switches, kept in step with the display mode wherever they are shown. */
public final class DisplayToggles {

    private DisplayToggles() {
    }

    public static ToggleButton largeText(DisplayMode display, String id) {
        return toggle(Messages.get("ui.nav.largeText"), "text-size", id, display.textSize(),
                Layout.TextSize.LARGE, Layout.TextSize.STANDARD);
    }

    public static ToggleButton highContrast(DisplayMode display, String id) {
        return toggle(Messages.get("ui.nav.highContrast"), "contrast", id, display.contrast(),
                Layout.Contrast.HIGH, Layout.Contrast.STANDARD);
    }

    /** A switch that sets {@code property} to {@code on} or {@code off}, and follows it when it changes elsewhere. */
    private static <T> ToggleButton toggle(String text, String icon, String id, ObjectProperty<T> property, T on,
                                           T off) {
        ToggleButton t = new ToggleButton(text, Icons.icon(icon));
        t.setId(id);
        t.setMinWidth(Region.USE_PREF_SIZE);
        t.setSelected(property.get() == on);
        t.selectedProperty().addListener((o, was, selected) -> property.set(selected ? on : off));
        // The switch holds its listener; the long-lived display mode holds it only weakly, so a switch on a
        // discarded attract screen is not kept alive by it, visit after visit.
        ChangeListener<T> follow = (o, was, now) -> t.setSelected(now == on);
        t.getProperties().put(DisplayToggles.class, follow);
        property.addListener(new WeakChangeListener<>(follow));
        return t;
    }
}

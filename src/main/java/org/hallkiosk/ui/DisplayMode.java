package org.hallkiosk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import org.hallkiosk.config.Layout;

/**
 * Text size (标准 / 长辈模式) and contrast. Each is one style class on the scene's root, which the theme
 * stylesheet turns into one root font size or one set of colours.
 */
public final class DisplayMode {

    public static final String STYLESHEET = DisplayMode.class.getResource("kiosk.css").toExternalForm();
    public static final String LARGE_TEXT = "large-text";
    public static final String HIGH_CONTRAST = "high-contrast";

    private final ObjectProperty<Layout.TextSize> textSize = new SimpleObjectProperty<>(Layout.TextSize.STANDARD);
    private final ObjectProperty<Layout.Contrast> contrast = new SimpleObjectProperty<>(Layout.Contrast.STANDARD);

    public ObjectProperty<Layout.TextSize> textSize() {
        return textSize;
    }

    public ObjectProperty<Layout.Contrast> contrast() {
        return contrast;
    }

    /** Back to the hall's defaults, as the next visitor should find the kiosk. */
    public void reset(Layout layout) {
        textSize.set(layout.textSize());
        contrast.set(layout.contrast());
    }

    /** Keeps {@code root}'s style classes and stylesheet in step with this mode. */
    public void applyTo(Parent root) {
        if (!root.getStylesheets().contains(STYLESHEET)) {
            root.getStylesheets().add(STYLESHEET);
        }
        Runnable update = () -> {
            toggle(root, LARGE_TEXT, textSize.get() == Layout.TextSize.LARGE);
            toggle(root, HIGH_CONTRAST, contrast.get() == Layout.Contrast.HIGH);
        };
        textSize.addListener((o, a, b) -> update.run());
        contrast.addListener((o, a, b) -> update.run());
        update.run();
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }
}

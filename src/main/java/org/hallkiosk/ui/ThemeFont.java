package org.hallkiosk.ui;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.hallkiosk.config.BackgroundFailures;

/**
 * The theme's font, as kiosk.css names it for the whole screen ({@code .root}). JavaFX opens every face of the
 * font's collection files (Noto Sans CJK: ten faces a weight) the first time a style asks for it: a tenth of a
 * second or more of the kiosk's start on the FX thread. {@link #loadInBackground} does it on a thread of its
 * own while the start's disk work runs and the FX thread waits for it; JavaFX keeps what it opened, and a style
 * that needs the font before it is done waits for that one load (docs/readme/ops.md, "Start-up time").
 */
public final class ThemeFont {

    /** kiosk.css, {@code .root}: {@code -fx-font-family}. */
    public static final String FAMILY = "Noto Sans CJK SC";

    private ThemeFont() {
    }

    /** Opens the font's regular and bold faces on a daemon thread that ends when they are open. */
    public static void loadInBackground() {
        Thread t = new Thread(() -> {
            try {
                Font.font(FAMILY, FontWeight.NORMAL, Font.getDefault().getSize());
                Font.font(FAMILY, FontWeight.BOLD, Font.getDefault().getSize());
            } catch (RuntimeException | Error e) {
                BackgroundFailures.report("theme font", e);
            }
        }, "theme-font");
        t.setDaemon(true);
        t.start();
    }
}

package org.hallkiosk.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The kiosk's screen in pixels ({@code screen_size} in kiosk.yaml, written WIDTHxHEIGHT): what
 * {@code preview-layout} and {@code screenshots} render at, so an administrator sees the screens at the size
 * visitors will. The kiosk itself always fills the screen it is on.
 */
public record DisplaySize(int width, int height) {

    public static final DisplaySize STANDARD = new DisplaySize(1920, 1080);
    /** The smallest and largest side a kiosk screen has (a 320 px side would hold no tile; 8K is the most). */
    public static final int MIN_SIDE = 320;
    public static final int MAX_SIDE = 7680;

    /** {@code 1920x1080} (also {@code 1920X1080}, {@code 1920×1080}) within the bounds, or empty. */
    public static Optional<DisplaySize> parse(String text) {
        String[] wh = text.strip().toLowerCase(Locale.ROOT).replace('×', 'x').split("x");
        if (wh.length != 2) {
            return Optional.empty();
        }
        try {
            int w = Integer.parseInt(wh[0].strip());
            int h = Integer.parseInt(wh[1].strip());
            return inBounds(w) && inBounds(h) ? Optional.of(new DisplaySize(w, h)) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static boolean inBounds(int side) {
        return side >= MIN_SIDE && side <= MAX_SIDE;
    }

    public boolean portrait() {
        return height > width;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}

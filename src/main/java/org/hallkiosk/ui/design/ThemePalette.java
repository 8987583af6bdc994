package org.hallkiosk.ui.design;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallkiosk.config.Layout;
import org.hallkiosk.ui.DisplayMode;

/**
 * The tile colours as the kiosk's stylesheet defines them in each look, and the contrast of the tile text on
 * each (WCAG relative luminance). Read from the stylesheet itself, so what the designer measures is what
 * the kiosk paints.
 */
public final class ThemePalette {

    /** Text on a tile needs at least this contrast (工信部 适老化 rules, WCAG AA). */
    public static final double MIN_CONTRAST = 4.5;

    private static final Pattern COLOUR = Pattern.compile("(-color-[a-z-]+):\\s*(#[0-9a-fA-F]{6})");

    private final Map<String, String> standard;
    private final Map<String, String> high;

    private ThemePalette(Map<String, String> standard, Map<String, String> high) {
        this.standard = standard;
        this.high = high;
    }

    /** The palette of the kiosk's own stylesheet. */
    public static ThemePalette kiosk() {
        try (InputStream in = DisplayMode.class.getResourceAsStream("kiosk.css")) {
            if (in == null) {
                throw new IllegalStateException("the kiosk's stylesheet is missing from the jar");
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the kiosk's stylesheet cannot be read", e);
        }
    }

    /** The palette of a stylesheet's {@code .root} and {@code .root.high-contrast} colours. */
    public static ThemePalette of(String css) {
        Map<String, String> standard = colours(block(css, ".root {"));
        Map<String, String> high = new HashMap<>(standard);
        high.putAll(colours(block(css, ".root.high-contrast {")));
        return new ThemePalette(standard, high);
    }

    /** The tile's colour in {@code look}, as #rrggbb (black where the stylesheet lacks it). */
    public String tile(String colour, Layout.Contrast look) {
        return map(look).getOrDefault("-color-tile-" + colour, "#000000");
    }

    /** The tile text's colour in {@code look}. */
    public String tileText(Layout.Contrast look) {
        return map(look).getOrDefault("-color-tile-fg", "#ffffff");
    }

    /** The contrast of the tile text on a tile of {@code colour} in {@code look}, e.g. 7.1 for 7.1:1. */
    public double contrast(String colour, Layout.Contrast look) {
        return ratio(tileText(look), tile(colour, look));
    }

    /** The lower of the two looks' contrasts: what must reach {@link #MIN_CONTRAST}. */
    public double worstContrast(String colour) {
        return Math.min(contrast(colour, Layout.Contrast.STANDARD), contrast(colour, Layout.Contrast.HIGH));
    }

    private Map<String, String> map(Layout.Contrast look) {
        return look == Layout.Contrast.HIGH ? high : standard;
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    private static String block(String css, String opening) {
        int at = css.indexOf(opening);
        return at < 0 ? "" : css.substring(at, css.indexOf('}', at));
    }

    private static Map<String, String> colours(String block) {
        Map<String, String> out = new HashMap<>();
        Matcher m = COLOUR.matcher(block);
        while (m.find()) {
            out.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}

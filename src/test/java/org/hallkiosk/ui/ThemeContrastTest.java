package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallkiosk.config.Layout;
import org.junit.jupiter.api.Test;

/**
 * Every text/background pair the theme uses has a contrast of at least 4.5:1 (WCAG relative luminance),
 * in the standard and the high-contrast colours. Reads the looked-up colours from the stylesheet itself.
 */
class ThemeContrastTest {

    /** Text colour, background colour: the pairs the stylesheet puts together. */
    static final List<String[]> PAIRS = new ArrayList<>(List.of(
            new String[] {"-color-fg", "-color-bg"},
            new String[] {"-color-fg", "-color-surface"},
            new String[] {"-color-fg", "-color-surface-alt"},
            new String[] {"-color-fg-muted", "-color-bg"},
            new String[] {"-color-fg-muted", "-color-surface"},
            new String[] {"-color-accent-fg", "-color-accent"},
            new String[] {"-color-accent", "-color-surface"},
            new String[] {"-color-accent", "-color-bg"},
            new String[] {"-color-accent", "-color-accent-soft"},
            new String[] {"-color-bar-fg", "-color-bar"},
            new String[] {"-color-warn-fg", "-color-warn-bg"},
            new String[] {"-color-mark-fg", "-color-mark-bg"},
            new String[] {"-color-ok-fg", "-color-surface"},
            new String[] {"-color-ok-fg", "-color-bg"},
            new String[] {"-color-warn-fg", "-color-bg"}));

    static {
        for (String c : Layout.COLORS) {
            PAIRS.add(new String[] {"-color-tile-fg", "-color-tile-" + c});
        }
    }

    @Test
    void everyPairMeetsFourAndAHalfToOneInBothLooks() throws IOException {
        String css;
        try (InputStream in = DisplayMode.class.getResourceAsStream("kiosk.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> standard = colours(block(css, ".root {"));
        Map<String, String> high = new HashMap<>(standard);
        high.putAll(colours(block(css, ".root.high-contrast {")));
        assertThat(standard).hasSizeGreaterThan(20);
        for (var look : Map.of("standard", standard, "high contrast", high).entrySet()) {
            for (String[] pair : PAIRS) {
                double ratio = contrast(look.getValue().get(pair[0]), look.getValue().get(pair[1]));
                assertThat(ratio).as(look.getKey() + ": " + pair[0] + " on " + pair[1]).isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(contrast("#777777", "#ffffff")).isLessThan(4.5); // the measure can fail
    }

    static String block(String css, String opening) {
        int at = css.indexOf(opening);
        assertThat(at).as(opening).isNotNegative();
        return css.substring(at, css.indexOf('}', at));
    }

    static Map<String, String> colours(String block) {
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("(-color-[a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(block);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}

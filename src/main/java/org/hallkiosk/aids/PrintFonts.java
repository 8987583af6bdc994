package org.hallkiosk.aids;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;

/**
 * The fonts of a printed page, in page pixels at 150 dpi. Noto Sans CJK SC when installed (the kiosk's font;
 * scripts/install-test-deps.sh installs it), else another CJK sans-serif, else Java's logical sans-serif.
 * {@code scale} shrinks everything a little to keep a long guide on one sheet.
 */
record PrintFonts(Font title, Font heading, Font body, Font bodyBold, Font small) {

    /** The first of these that is installed: Debian's CJK font, then what Windows and macOS bring. */
    static final List<String> FAMILIES = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
            "PingFang SC");
    private static final String CHOSEN = chooseFamily();

    static PrintFonts atScale(float scale) {
        return new PrintFonts(font(Font.BOLD, 19, scale), font(Font.BOLD, 14, scale), font(Font.PLAIN, 12, scale),
                font(Font.BOLD, 12, scale), font(Font.PLAIN, 10, scale));
    }

    static String family() {
        return CHOSEN;
    }

    private static Font font(int style, float points, float scale) {
        return new Font(CHOSEN, style, 1).deriveFont(points * PrintPage.DPI / 72f * scale);
    }

    private static String chooseFamily() {
        List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return FAMILIES.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }
}

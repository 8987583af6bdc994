package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The font opened at start is the one the theme uses for the whole screen, so that the early load counts. */
class ThemeFontTest {

    static final Pattern ROOT_FAMILY = Pattern.compile("(?s)\\.root\\s*\\{[^}]*?-fx-font-family:\\s*\"([^\"]+)\"");

    @Test
    void theFontOpenedAtStartIsTheRootFontOfTheStylesheet() throws IOException {
        String css;
        try (InputStream in = DisplayMode.class.getResourceAsStream("kiosk.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = ROOT_FAMILY.matcher(css);
        assertThat(m.find()).as(".root names a font family").isTrue();
        assertThat(m.group(1)).isEqualTo(ThemeFont.FAMILY);
        // the pattern reads the .root rule's family, not any rule's
        assertThat(ROOT_FAMILY.matcher(".label { -fx-font-family: \"Other\"; }").find()).isFalse();
    }
}

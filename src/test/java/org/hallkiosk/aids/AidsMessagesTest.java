package org.hallkiosk.aids;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.hallkiosk.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The aids' words are in both bundles, and every one is a valid MessageFormat pattern. */
class AidsMessagesTest {

    static Set<String> aidsKeys(ResourceBundle b) {
        Set<String> keys = new TreeSet<>();
        for (String k : b.keySet()) {
            if (k.startsWith("aids.") || k.startsWith("print.") || k.startsWith("read.") || k.equals("config.badReadAloud")) {
                keys.add(k);
            }
        }
        return keys;
    }

    @Test
    void bothBundlesHoldTheSameAidsKeysAndEachFormats() {
        ResourceBundle zh = Messages.bundle(Messages.CHINESE);
        ResourceBundle en = Messages.bundle(Locale.ENGLISH);
        assertThat(aidsKeys(zh)).hasSizeGreaterThan(50).isEqualTo(aidsKeys(en));
        for (ResourceBundle b : new ResourceBundle[] {zh, en}) {
            for (String k : aidsKeys(b)) {
                String formatted = new MessageFormat(b.getString(k)).format(new Object[] {"A", "B", "C"});
                assertThat(formatted).as(k).doesNotContain("{0}", "{1}");
            }
        }
        assertThat(Messages.format(Locale.ENGLISH, "aids.attachment.missing", "x.pdf")).contains("kiosk's");
    }
}

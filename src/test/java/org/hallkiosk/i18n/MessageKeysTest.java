package org.hallkiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hallkiosk.config.Layout;
import org.hallkiosk.content.AttachmentRole;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.content.Validity;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.publish.Review;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.ui.search.InputMode;
import org.junit.jupiter.api.Test;

/** Both bundles hold the same keys, and every key the code names is in them. */
class MessageKeysTest {

    static final Pattern LITERAL_KEY = Pattern.compile(
            "Messages\\.(?:get|format)\\((?:[^\"()]*,\\s*)?\"([A-Za-z0-9_.]+)\"");
    static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    static final Pattern EXCEPTION_KEY = Pattern.compile(
            "Exception\\((?:[^\"()]*,\\s*)?\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9_.]+)\"");

    static Set<String> keys(Locale locale) {
        return new TreeSet<>(Messages.bundle(locale).keySet());
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> zh = keys(Messages.CHINESE);
        Set<String> en = keys(Locale.ENGLISH);
        assertThat(zh).as("keys only in Chinese").containsAll(en);
        assertThat(en).as("keys only in English").containsAll(zh);
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                String text = Files.readString(f);
                List<Pattern> patterns = f.toString().endsWith(".fxml") ? List.of(FXML_KEY)
                        : List.of(LITERAL_KEY, EXCEPTION_KEY);
                for (Pattern p : patterns) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        // Keys the screens build from a code: one per type, validity and attachment role.
        for (ItemType t : ItemType.values()) {
            used.add("type." + t.code());
        }
        for (Validity v : Validity.values()) {
            used.add("validity." + v.code());
            if (v != Validity.EFFECTIVE) {
                used.add("ui.reader.banner." + v.code());
            }
        }
        for (AttachmentRole r : AttachmentRole.values()) {
            used.add("ui.attachment." + r.code());
        }
        // The staff panel's: sync phases and outcomes, what started a sync, kinds of usage.
        for (SyncProgress.Phase ph : SyncProgress.Phase.values()) {
            used.add("ui.staff.phase." + ph.name().toLowerCase(Locale.ROOT));
        }
        for (SyncOutcome o : SyncOutcome.values()) {
            used.add("ui.staff.outcome." + o.code());
        }
        for (String t : List.of("manual", "scheduled", "first_start", "usb", "command")) {
            used.add("ui.staff.trigger." + t);
        }
        for (String k : List.of("view", "column", "search", "search_miss", "attachment", "read_aloud", "print", "qr",
                "rating_helpful", "rating_unhelpful")) {
            used.add("ui.staff.kind." + k);
        }
        for (Review.Change c : Review.Change.values()) {
            used.add("review.change." + c.name().toLowerCase(Locale.ROOT));
        }
        // The keyboard's mode key names each mode.
        for (InputMode m : InputMode.values()) {
            used.add("ui.keyboard.mode." + m.code());
        }
        // The layout designer names each icon, colour, kind of target, text size and look.
        for (String icon : Layout.ICONS) {
            used.add("design.icon." + icon);
        }
        for (String colour : Layout.COLORS) {
            used.add("design.color." + colour);
        }
        for (Layout.Target.Kind k : Layout.Target.Kind.values()) {
            used.add("design.target." + k.name().toLowerCase(Locale.ROOT));
        }
        for (Layout.TextSize t : Layout.TextSize.values()) {
            used.add("design.textSize." + t.code());
        }
        for (Layout.Contrast c : Layout.Contrast.values()) {
            used.add("design.theme." + c.code());
        }
        // A literal ending in "." is a prefix the code completes with a code; each completion is listed above.
        List<String> prefixes = used.stream().filter(k -> k.endsWith(".")).toList();
        used.removeAll(prefixes);
        for (String prefix : prefixes) {
            assertThat(used).as("keys completing " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
        assertThat(used).hasSizeGreaterThan(100);
        for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            assertThat(keys(locale)).as("keys in " + locale).containsAll(used);
        }
    }

    @Test
    void theKeyFinderSeesAKeyNamedInCode() {
        Matcher m = LITERAL_KEY.matcher("Messages.format(Locale.ENGLISH, \"ui.nav.back\", 1)");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("ui.nav.back");
        assertThat(EXCEPTION_KEY.matcher("new LocalizedException(\"zip.unreadable\")").find()).isTrue();
    }
}

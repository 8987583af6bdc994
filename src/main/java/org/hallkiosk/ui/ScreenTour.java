package org.hallkiosk.ui;

import java.util.List;
import java.util.function.Consumer;
import org.hallkiosk.config.Layout;

/**
 * Every screen of a visit, as steps that bring a shell to it, with the sample content's items. The
 * screenshots command renders each; the screen-fit test checks each.
 */
public final class ScreenTour {

    /** One screen: a file-friendly name, how to get there, and what to do once its content has loaded. */
    public record Stop(String name, Consumer<KioskShell> go, Consumer<KioskShell> then) {
        public Stop(String name, Consumer<KioskShell> go) {
            this(name, go, s -> { });
        }
    }

    /** A look: text size and contrast, with a suffix for file names. */
    public record Look(String suffix, Layout.TextSize textSize, Layout.Contrast contrast) {
        public void apply(KioskShell shell) {
            shell.context().display().textSize().set(textSize);
            shell.context().display().contrast().set(contrast);
        }
    }

    public static final List<Look> LOOKS = List.of(
            new Look("", Layout.TextSize.STANDARD, Layout.Contrast.STANDARD),
            new Look("-large", Layout.TextSize.LARGE, Layout.Contrast.STANDARD),
            new Look("-contrast", Layout.TextSize.STANDARD, Layout.Contrast.HIGH));

    public static final List<Stop> STOPS = List.of(
            new Stop("01-attract", s -> s.context().navigator().reset()),
            new Stop("02-home", s -> s.context().navigator().home()),
            new Stop("03-column", s -> {
                s.context().navigator().home();
                s.context().navigator().go(new Place.ColumnList("zcwj"));
            }),
            new Stop("04-policy", s -> openItem(s, "zcwj-2024-00052")),
            new Stop("05-interpretation", s -> openItem(s, "zcjd-2024-00052")),
            new Stop("06-policy-expired", s -> openItem(s, "zcwj-2023-00045")),
            new Stop("07-guide", s -> openItem(s, "bszn-ydz-sl")),
            new Stop("07b-guide-materials", s -> openItem(s, "bszn-ydz-sl"), s -> jumpTo(s, 2)),
            new Stop("07c-guide-steps", s -> openItem(s, "bszn-ydz-sl"), s -> jumpTo(s, 3)),
            new Stop("07d-guide-blank-form", s -> openItem(s, "bszn-ydz-sl"), s -> {
                s.applyCss();
                s.layout();
                s.lookupAll("#materials .button").stream().findFirst()
                        .ifPresent(b -> ((javafx.scene.control.Button) b).fire());
            }),
            new Stop("08-search", s -> {
                s.context().navigator().home();
                s.context().navigator().go(new Place.Search("优待"));
            }),
            new Stop("09-no-results", s -> {
                s.context().navigator().home();
                s.context().navigator().go(new Place.Search("qqqxz"));
            }),
            new Stop("10-idle-warning", s -> {
                s.context().navigator().home();
                s.idleGuard().showWarning();
            }),
            new Stop("11-policy-pdf", s -> openItem(s, "zcwj-2024-00131"), ScreenTour::openFirstAttachment),
            new Stop("12-graphic", s -> openItem(s, "zcjd-2024-00131"), ScreenTour::openFirstAttachment),
            new Stop("13-qr", s -> {
                openItem(s, "zcwj-2024-00052");
                s.context().navigator().go(new Place.QrCode("zcwj-2024-00052"));
            }),
            new Stop("14-print-preview", s -> {
                openItem(s, "bszn-ydz-sl");
                s.context().navigator().go(new Place.PrintPreview("bszn-ydz-sl"));
            }),
            // The staff screens (the tour goes straight to the panel; a visitor meets the PIN pad first).
            new Stop("30-staff-pin", s -> {
                s.context().navigator().reset();
                s.context().navigator().go(new Place.StaffPin());
            }),
            staffPart("31-staff-sync", "#staffSyncTab"),
            staffPart("32-staff-usb", "#staffUsbTab"),
            staffPart("33-staff-health", "#staffHealthTab"),
            staffPart("34-staff-usage", "#staffUsageTab"),
            staffPart("35-staff-device", "#staffDeviceTab"),
            staffPart("36-staff-admin", "#staffAdminTab"));

    private ScreenTour() {
    }

    /** Taps the guide's n-th jump button (0 = the first part), as a visitor would to reach a part. */
    private static void jumpTo(KioskShell s, int n) {
        s.applyCss();
        s.layout();
        var jumps = s.lookupAll("#guide .chip").stream().toList();
        if (n < jumps.size()) {
            ((javafx.scene.control.Button) jumps.get(n)).fire();
        }
    }

    private static Stop staffPart(String name, String tab) {
        return new Stop(name, s -> {
            s.context().navigator().reset();
            s.context().navigator().go(new Place.Staff());
            s.applyCss();
            s.layout();
            ((javafx.scene.control.ToggleButton) s.lookup(tab)).fire();
        });
    }

    /** Opens the reader's first attachment, as a visitor's tap on its row would. */
    private static void openFirstAttachment(KioskShell s) {
        s.applyCss();
        s.layout();
        s.lookupAll("#reader .item-row").stream()
                .filter(n -> n.getUserData() instanceof String)
                .findFirst()
                .ifPresent(row -> {
                    var cells = ((javafx.scene.Parent) row).getChildrenUnmodifiable();
                    var name = (javafx.scene.control.Labeled) cells.get(2); // icon, role, name, arrow
                    s.context().navigator().go(new Place.Attachment((String) row.getUserData(), name.getText()));
                });
    }

    private static void openItem(KioskShell s, String id) {
        s.context().navigator().home();
        s.context().navigator().go(new Place.Item(id));
    }
}

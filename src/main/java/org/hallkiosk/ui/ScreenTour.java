package org.hallkiosk.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
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
                        .ifPresent(b -> ((Button) b).fire());
            }),
            new Stop("08-search", s -> {
                s.context().navigator().home();
                s.context().navigator().go(new Place.Search("优待"));
            }),
            // 历史版本: the 2023 standard folded under the 2024 one in force, opened
            new Stop("08b-search-history", s -> {
                s.context().navigator().home();
                s.context().navigator().go(new Place.Search("抚恤和生活补助标准"));
            }, s -> {
                s.applyCss();
                s.layout();
                s.lookupAll(".history-toggle").stream().findFirst()
                        .ifPresent(b -> ((Button) b).fire());
            }),
            // 收起键盘: the results on the whole screen (what a low screen in 长辈模式 needs to show two cards)
            new Stop("08c-search-keys-put-away", s -> {
                s.context().navigator().home();
                s.context().navigator().go(new Place.Search("优待"));
            }, s -> {
                s.applyCss();
                s.layout();
                if (s.lookup("#keyboardToggle") instanceof Button b) {
                    b.fire();
                }
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
            // The keyboard: 优 written on the 手写 pad (when the kiosk has a handwriting model), youdai in 拼音.
            new Stop("15-keyboard-handwriting", s -> search(s, "handwriting"), s -> writeOnPad(s, Ink.YOU)),
            new Stop("16-keyboard-pinyin", s -> search(s, "pinyin"), s -> tapKeys(s, "youdai")),
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

    /** Ink for the tour (a class of its own: the stops above are built before plain fields). */
    private static final class Ink {
        /** 优 as a finger might write it, six strokes in a unit box: 亻 then 尤. */
        static final double[][][] YOU = {
            {{0.33, 0.08}, {0.26, 0.25}, {0.12, 0.45}},
            {{0.23, 0.32}, {0.23, 0.62}, {0.23, 0.93}},
            {{0.40, 0.36}, {0.65, 0.35}, {0.92, 0.34}},
            {{0.64, 0.10}, {0.63, 0.40}, {0.58, 0.66}, {0.44, 0.90}},
            {{0.66, 0.46}, {0.66, 0.70}, {0.68, 0.87}, {0.80, 0.89}, {0.93, 0.86}, {0.94, 0.76}},
            {{0.75, 0.16}, {0.79, 0.21}, {0.83, 0.27}}};
    }

    private ScreenTour() {
    }

    /** The search screen with an empty query and the keyboard in the mode whose key is {@code mode-CODE}. */
    private static void search(KioskShell s, String modeCode) {
        s.context().navigator().home();
        s.context().navigator().go(new Place.Search(""));
        s.applyCss();
        s.layout();
        if (s.lookup("#mode-" + modeCode) instanceof ToggleButton mode) {
            mode.fire();
        }
    }

    private static void tapKeys(KioskShell s, String keys) {
        for (char c : keys.toCharArray()) {
            if (s.lookup("#key-" + c) instanceof Button key) {
                key.fire();
            }
        }
    }

    /** Draws {@code strokes} (unit box) on the 手写 pad with the mouse events a finger makes, if it is shown. */
    private static void writeOnPad(KioskShell s, double[][][] strokes) {
        s.applyCss();
        s.layout();
        Node pad = s.lookup("#handwritingPad");
        if (pad == null || !pad.isVisible()) {
            return;
        }
        Bounds b = pad.getLayoutBounds();
        double size = Math.min(b.getWidth(), b.getHeight()) * 0.8;
        double left = (b.getWidth() - size) / 2;
        double top = (b.getHeight() - size) / 2;
        for (double[][] stroke : strokes) {
            for (int i = 0; i < stroke.length; i++) {
                var type = i == 0 ? MouseEvent.MOUSE_PRESSED
                        : i == stroke.length - 1 ? MouseEvent.MOUSE_RELEASED
                        : MouseEvent.MOUSE_DRAGGED;
                var at = pad.localToScene(left + stroke[i][0] * size, top + stroke[i][1] * size);
                Event.fireEvent(pad, new MouseEvent(type, at.getX(), at.getY(),
                        at.getX(), at.getY(), MouseButton.PRIMARY, 1, false, false, false, false,
                        true, false, false, true, false, false, null));
            }
        }
    }

    /** Taps the guide's n-th jump button (0 = the first part), as a visitor would to reach a part. */
    private static void jumpTo(KioskShell s, int n) {
        s.applyCss();
        s.layout();
        var jumps = s.lookupAll("#guideSections .chip").stream().toList();
        if (n < jumps.size()) {
            ((Button) jumps.get(n)).fire();
        }
    }

    private static Stop staffPart(String name, String tab) {
        return new Stop(name, s -> {
            s.context().navigator().reset();
            s.context().navigator().go(new Place.Staff());
            s.applyCss();
            s.layout();
            ((ToggleButton) s.lookup(tab)).fire();
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
                    var cells = ((Parent) row).getChildrenUnmodifiable();
                    var name = (Labeled) cells.get(2); // icon, role, name, arrow
                    s.context().navigator().go(new Place.Attachment((String) row.getUserData(), name.getText()));
                });
    }

    private static void openItem(KioskShell s, String id) {
        s.context().navigator().home();
        s.context().navigator().go(new Place.Item(id));
    }
}

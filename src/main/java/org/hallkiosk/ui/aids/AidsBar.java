package org.hallkiosk.ui.aids;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.hallkiosk.aids.AidsAvailability;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Icons;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Place;

/**
 * The aid buttons under an item's title: 朗读, 扫码带走 and 打印. A button whose aid is absent is not there at all
 * (no speech engine, an item without a url, an item that has no printed form, a kiosk without a printer).
 */
public final class AidsBar {

    private AidsBar() {
    }

    public static FlowPane of(KioskContext context, String itemId, AidsAvailability.ItemAids aids) {
        FlowPane bar = new FlowPane();
        bar.setId("aidsBar");
        bar.getStyleClass().add("aids-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        if (aids.readAloud()) {
            bar.getChildren().add(readAloudToggle(context.readAloud(), "readAloudButton"));
        }
        if (aids.qrCode()) {
            bar.getChildren().add(button(Messages.get("ui.aids.qr"), "qr", "qrButton",
                    () -> context.navigator().go(new Place.QrCode(itemId))));
        }
        if (aids.print()) { // without a printer 打印 is not offered at all; 扫码带走 is the way to take it along
            bar.getChildren().add(button(Messages.get("ui.aids.print"), "print", "printPreviewButton",
                    () -> context.navigator().go(new Place.PrintPreview(itemId))));
        }
        bar.setVisible(!bar.getChildren().isEmpty());
        bar.setManaged(bar.isVisible());
        return bar;
    }

    /** A 朗读 switch that starts and stops the reading and shows whether one is going on. */
    public static ToggleButton readAloudToggle(ReadAloud readAloud, String id) {
        ToggleButton t = new ToggleButton(Messages.get("ui.aids.readAloud"), Icons.icon("volume"));
        t.setId(id);
        t.setMinWidth(Region.USE_PREF_SIZE);
        t.setSelected(readAloud.reading().get());
        t.setOnAction(e -> {
            t.setSelected(readAloud.reading().get()); // the reading decides, not the click
            readAloud.toggle();
        });
        // While it speaks the switch says 停止, with a stop sign: what a tap will do, not a state to decode.
        Runnable label = () -> {
            boolean speaking = readAloud.reading().get();
            t.setSelected(speaking);
            t.setText(Messages.get(speaking ? "ui.aids.stopReading" : "ui.aids.readAloud"));
            t.setGraphic(Icons.icon(speaking ? "stop" : "volume"));
        };
        label.run();
        // the switch holds its listener; the kiosk-long ReadAloud holds it only weakly
        ChangeListener<Boolean> follow = (o, was, now) -> label.run();
        t.getProperties().put(AidsBar.class, follow);
        readAloud.reading().addListener(new WeakChangeListener<>(follow));
        return t;
    }

    private static Button button(String text, String icon, String id, Runnable action) {
        Button b = new Button(text, Icons.icon(icon));
        b.setId(id);
        b.getStyleClass().add("secondary");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}

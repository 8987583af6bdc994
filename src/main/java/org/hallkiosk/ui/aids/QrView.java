package org.hallkiosk.ui.aids;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.hallkiosk.aids.QrCode;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.Touch;

/**
 * 扫码带走: the item's web address as a QR code big enough to scan from 40 cm, drawn with whole pixels a
 * module (a blurred module scans worse), and the caption 手机扫码查看. Its {@link QrViewModel} reads the mirror.
 */
public final class QrView implements Screen {

    private final VBox page = new VBox();
    private final ScrollPane root;

    public QrView(QrViewModel vm) {
        page.getStyleClass().addAll("page", "qr-page");
        page.setId("qrPage");
        page.setAlignment(Pos.TOP_CENTER);
        page.getChildren().add(Texts.wrapping(Messages.get("ui.loading"), "muted"));
        root = Touch.kinetic(new ScrollPane(page));
        vm.shown().addListener((o, was, now) -> show(now));
        vm.problem().addListener((o, was, now) -> page.getChildren().setAll(Texts.wrapping(now, "h2")));
        vm.load(pixelPitchMm());
    }

    private void show(QrViewModel.Shown shown) {
        ImageView image = new ImageView(shown.image());
        image.setId("qrImage");
        image.setSmooth(false);
        Label caption = Texts.wrapping(Messages.get("print.scan"), "h1");
        caption.setId("qrCaption");
        Label url = Texts.wrapping(shown.url(), "muted");
        url.setId("qrUrl");
        VBox card = new VBox(caption, image, Texts.wrapping(shown.title(), "h2"), url);
        card.setAlignment(Pos.TOP_CENTER);
        card.getStyleClass().addAll("card", "qr-card");
        page.getChildren().setAll(card);
    }

    /**
     * Millimetres a pixel on this screen. Screens often report 96 dpi whatever the panel; a typical kiosk
     * panel's pixels are smaller, so the smaller pitch (more pixels a module) is taken.
     */
    static double pixelPitchMm() {
        double dpi = javafx.stage.Screen.getPrimary().getDpi();
        double pitch = QrCode.TYPICAL_KIOSK_PIXEL_PITCH_MM;
        return dpi > 0 ? Math.min(pitch, 25.4 / dpi) : pitch;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return new SimpleStringProperty(Messages.get("ui.aids.qr"));
    }
}

package org.hallkiosk.ui.aids;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.hallkiosk.aids.QrCode;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.Touch;

/**
 * 扫码带走: the item's web address as a QR code big enough to scan from 40 cm, drawn with whole pixels a
 * module (a blurred module scans worse), and the caption 手机扫码查看.
 */
public final class QrView implements Screen {

    /** At least this many pixels across, even where a module needs fewer: easier to aim a phone at. */
    static final int MIN_SIDE_PX = 330;

    private final VBox page = new VBox();
    private final ScrollPane root;

    public QrView(KioskContext context, String itemId) {
        page.getStyleClass().addAll("page", "qr-page");
        page.setId("qrPage");
        page.setAlignment(Pos.TOP_CENTER);
        page.getChildren().add(Texts.wrapping(Messages.get("ui.loading"), "muted"));
        root = Touch.kinetic(new ScrollPane(page));
        double pitch = pixelPitchMm();
        context.tasks().run(() -> {
            var item = context.mirror().items().item(itemId).orElse(null);
            var code = item == null ? null : QrCode.forItem(item).orElse(null);
            if (code == null) {
                return null;
            }
            int px = Math.max(code.modulePixelsFor(pitch),
                    (int) Math.ceil((double) MIN_SIDE_PX / code.modulesWithQuietZone()));
            return new Shown(item.title(), code.url(), SwingFXUtils.toFXImage(code.image(px), null));
        }, shown -> {
            if (shown == null) {
                page.getChildren().setAll(Texts.wrapping(Messages.get("ui.item.missing"), "h2"));
                return;
            }
            ImageView image = new ImageView(shown.image());
            image.setId("qrImage");
            image.setSmooth(false);
            Node caption = Texts.wrapping(Messages.get("print.scan"), "h1");
            caption.setId("qrCaption");
            var title = Texts.wrapping(shown.title(), "h2");
            var url = Texts.wrapping(shown.url(), "muted");
            url.setId("qrUrl");
            VBox card = new VBox(caption, image, title, url);
            card.setAlignment(Pos.TOP_CENTER);
            card.getStyleClass().addAll("card", "qr-card");
            page.getChildren().setAll(card);
            context.record("qr", itemId, null, null, null);
        }, error -> page.getChildren().setAll(Texts.wrapping(Messages.get("ui.item.error"), "h2")));
    }

    private record Shown(String title, String url, javafx.scene.image.Image image) {
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

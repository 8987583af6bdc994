package org.hallkiosk.ui.aids;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.hallkiosk.aids.QrCode;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;

/**
 * 扫码带走: reads the item from the mirror and draws its address as a QR code off the FX thread, whole pixels
 * a module, at least {@link #MIN_SIDE_PX} across; records the view as usage kind "qr" once it shows.
 */
public final class QrViewModel {

    /** At least this many pixels across, even where a module needs fewer: easier to aim a phone at. */
    static final int MIN_SIDE_PX = 330;

    /** What the screen shows: the item's title, its address, and the code. */
    public record Shown(String title, String url, Image image) {
    }

    private final KioskContext context;
    private final String itemId;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public QrViewModel(KioskContext context, String itemId) {
        this.context = context;
        this.itemId = itemId;
    }

    /** The code once drawn; null while loading or when there is none. */
    public ReadOnlyObjectProperty<Shown> shown() {
        return shown.getReadOnlyProperty();
    }

    /** Why there is no code (the item is missing, or reading it failed); empty otherwise. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** Reads and draws for a screen whose pixels are {@code pixelPitchMm} apart. */
    public void load(double pixelPitchMm) {
        context.tasks().run(() -> {
            var item = context.mirror().items().item(itemId).orElse(null);
            var code = item == null ? null : QrCode.forItem(item).orElse(null);
            if (code == null) {
                return null;
            }
            int px = Math.max(code.modulePixelsFor(pixelPitchMm),
                    (int) Math.ceil((double) MIN_SIDE_PX / code.modulesWithQuietZone()));
            return new Shown(item.title(), code.url(), SwingFXUtils.toFXImage(code.image(px), null));
        }, s -> {
            if (s == null) {
                problem.set(Messages.get("ui.item.missing"));
                return;
            }
            shown.set(s);
            context.record("qr", itemId, null, null, null);
        }, error -> {
            BackgroundFailures.report("QR code", error);
            problem.set(Messages.get("ui.item.error"));
        });
    }
}

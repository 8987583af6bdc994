package org.hallkiosk.ui.aids;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hallkiosk.aids.AidException;
import org.hallkiosk.aids.Availability;
import org.hallkiosk.aids.PrintDocument;
import org.hallkiosk.aids.PrintLayouts;
import org.hallkiosk.aids.QrCode;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Place;

/**
 * 打印预览: lays the item out as printed pages off the FX thread, asks whether a printer takes jobs now, and
 * sends the pages when 打印 is tapped, saying how it went; records a print as usage kind "print".
 */
public final class PrintPreviewViewModel {

    /** The laid-out pages, whether a printer takes jobs, and whether the item has an address for 扫码带走. */
    public record Loaded(PrintDocument document, Availability printer, boolean qrCode) {
    }

    private final KioskContext context;
    private final String itemId;
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper printing = new ReadOnlyBooleanWrapper();

    public PrintPreviewViewModel(KioskContext context, String itemId) {
        this.context = context;
        this.itemId = itemId;
    }

    public ReadOnlyObjectProperty<Loaded> loaded() {
        return loaded.getReadOnlyProperty();
    }

    /** Why there is no preview (the item is missing, or reading it failed); empty otherwise. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** 正在打印, 已发送到打印机 or why it failed. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** While a job is being sent: 打印 is not offered twice. */
    public ReadOnlyBooleanProperty printing() {
        return printing.getReadOnlyProperty();
    }

    public void load() {
        context.tasks().run(() -> {
            var item = context.mirror().items().item(itemId).orElse(null);
            var doc = item == null ? null : PrintLayouts.forItem(item).orElse(null);
            return doc == null ? null : new Loaded(doc, context.aids().printing().availability(),
                    QrCode.forItem(item).isPresent());
        }, l -> {
            if (l == null) {
                problem.set(Messages.get("ui.item.missing"));
            } else {
                loaded.set(l);
            }
        }, error -> {
            BackgroundFailures.report("print preview", error);
            problem.set(Messages.get("ui.item.error"));
        });
    }

    public void print() {
        Loaded l = loaded.get();
        if (l == null || printing.get()) {
            return;
        }
        printing.set(true);
        status.set(Messages.get("ui.print.sending"));
        context.tasks().run(() -> {
            context.aids().printing().print(l.document());
            return null;
        }, done -> {
            status.set(Messages.get("ui.print.sent"));
            context.record("print", itemId, null, null, null);
        }, error -> {
            printing.set(false);
            if (!(error instanceof AidException)) {
                BackgroundFailures.report("printing", error);
            }
            status.set(error instanceof AidException ? error.getMessage() : Messages.get("ui.print.failed"));
        });
    }

    /** 扫码带走 beside 打印: a visitor who would rather not carry paper takes it by phone. */
    public void openQr() {
        context.navigator().go(new Place.QrCode(itemId));
    }
}

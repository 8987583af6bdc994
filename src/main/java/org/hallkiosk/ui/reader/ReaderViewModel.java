package org.hallkiosk.ui.reader;

import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.content.Attachment;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.content.PolicyDetails;
import org.hallkiosk.content.Validity;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Place;
import org.hallkiosk.ui.Texts;

/** A policy, interpretation or notice as the reader shows it. */
public final class ReaderViewModel {

    private final KioskContext context;
    private final ItemPage page;
    private final String readAloudText;

    /** @param readAloudText what 朗读 reads ({@link org.hallkiosk.aids.ReadAloudText}), made off the FX thread */
    public ReaderViewModel(KioskContext context, ItemPage page, String readAloudText) {
        this.context = context;
        this.page = page;
        this.readAloudText = readAloudText;
    }

    public Item item() {
        return page.item();
    }

    public String readAloudText() {
        return readAloudText;
    }

    /** The words at the top of a policy that no longer applies; null when it applies. */
    public String banner() {
        PolicyDetails p = page.item().policy();
        if (p == null || p.validity() == null || p.validity() == Validity.EFFECTIVE) {
            return null;
        }
        if (page.inForce() != null) {
            return Messages.get("ui.reader.banner." + p.validity().code() + ".inForce", page.inForce().title());
        }
        return Messages.get("ui.reader.banner." + p.validity().code());
    }

    /** The document in force in place of this one; null when there is none or the mirror does not hold it. */
    public ItemSummary inForce() {
        return page.inForce();
    }

    public boolean bannerIsWarning() {
        PolicyDetails p = page.item().policy();
        return p != null && p.validity() != null && p.validity().noLongerInForce();
    }

    /** 公开要素 as label and value, in the order of the disclosure rules; empty for items that have none. */
    public List<String[]> facts() {
        List<String[]> out = new ArrayList<>();
        PolicyDetails p = page.item().policy();
        if (p != null) {
            out.add(new String[] {Messages.get("ui.reader.indexNo"), p.indexNo()});
            out.add(new String[] {Messages.get("ui.reader.docNo"), p.docNo()});
            out.add(new String[] {Messages.get("ui.reader.issuer"), p.issuer()});
            out.add(new String[] {Messages.get("ui.reader.writtenAt"), Texts.date(p.writtenAt())});
            out.add(new String[] {Messages.get("ui.reader.publishedAt"), Texts.date(page.item().publishedAt())});
            out.add(new String[] {Messages.get("ui.reader.validity"),
                    p.validity() == null ? "" : Texts.validity(p.validity())});
        } else {
            out.add(new String[] {Messages.get("ui.reader.publishedAt"), Texts.date(page.item().publishedAt())});
        }
        out.removeIf(f -> f[1] == null || f[1].isBlank());
        return out;
    }

    /** What a tap on a cited 《name》 opens: the item of that name, or null when the kiosk holds none. */
    public Runnable citedLink(String name) {
        String id = page.cited().get(name);
        return id == null ? null : () -> context.navigator().go(new Place.Item(id));
    }

    public List<ItemSummary> interpretations() {
        return page.interpretations();
    }

    public ItemSummary interprets() {
        return page.interprets();
    }

    public List<ItemSummary> related() {
        return page.related();
    }

    public List<Attachment> attachments() {
        return page.item().attachments();
    }

    public String attachmentRole(Attachment a) {
        return Messages.get("ui.attachment." + a.role().code());
    }

    public void open(Attachment a) {
        context.navigator().go(new Place.Attachment(a.sha256(), a.name()));
    }

    public void open(ItemSummary item) {
        context.navigator().go(new Place.Item(item.id()));
    }
}

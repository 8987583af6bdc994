package org.hallkiosk.ui.guide;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.hallkiosk.config.Layout;
import org.hallkiosk.content.GuideDetails;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.content.Material;
import org.hallkiosk.content.TimeLimit;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Place;
import org.hallkiosk.ui.reader.ItemPage;

/** A service guide as the guide screen shows it: materials as a checklist, steps as a flow, the facts. */
public final class GuideViewModel {

    private final KioskContext context;
    private final ItemPage page;
    private final String readAloudText;

    /** @param readAloudText what 朗读 reads ({@link org.hallkiosk.aids.ReadAloudText}), made off the FX thread */
    public GuideViewModel(KioskContext context, ItemPage page, String readAloudText) {
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

    public GuideDetails guide() {
        return page.item().guide();
    }

    /** "原件及复印件 · 1 份 · 必须提供": form, copies and whether required, in words (not colour alone). */
    public String materialFacts(Material m) {
        List<String> parts = new ArrayList<>();
        if (m.form() != null && !m.form().isBlank()) {
            parts.add(m.form());
        }
        if (m.copies() != null) {
            parts.add(Messages.get("ui.guide.copies", m.copies()));
        }
        return String.join("　·　", parts);
    }

    public String requiredText(Material m) {
        return Messages.get(m.required() ? "ui.guide.required" : "ui.guide.optional");
    }

    public long requiredCount() {
        return guide().materials().stream().filter(Material::required).count();
    }

    /** The time limits in words; empty when the guide sets none. */
    public List<String> timeLimits() {
        List<String> out = new ArrayList<>();
        TimeLimit t = guide().timeLimit();
        if (t != null && t.statutoryDays() != null) {
            out.add(Messages.get("ui.guide.statutoryDays", t.statutoryDays()));
        }
        if (t != null && t.promisedDays() != null) {
            out.add(Messages.get("ui.guide.promisedDays", t.promisedDays()));
        }
        return out;
    }

    /** 地点, 时间, 电话 as label and value, without the ones the guide leaves empty. */
    public List<String[]> contacts() {
        List<String[]> out = new ArrayList<>();
        GuideDetails g = guide();
        out.add(new String[] {Messages.get("ui.guide.fee"), g.fee()});
        out.add(new String[] {Messages.get("ui.guide.location"), g.location()});
        out.add(new String[] {Messages.get("ui.guide.hours"), g.hours()});
        out.add(new String[] {Messages.get("ui.guide.consultPhone"), g.consultPhone()});
        out.add(new String[] {Messages.get("ui.guide.complaintPhone"), g.complaintPhone()});
        out.removeIf(f -> f[1] == null || f[1].isBlank());
        return out;
    }

    /**
     * 办事要点, the facts a visitor needs before queuing, for the card at the top: where, when, how long,
     * what it costs, how many materials, whom to call. Without the ones the guide leaves empty.
     */
    public List<String[]> keyFacts() {
        List<String[]> out = new ArrayList<>();
        GuideDetails g = guide();
        TimeLimit t = g.timeLimit();
        Integer days = t == null ? null : t.promisedDays() != null ? t.promisedDays() : t.statutoryDays();
        out.add(new String[] {Messages.get("ui.guide.location"), g.location()});
        out.add(new String[] {Messages.get("ui.guide.hours"), g.hours()});
        out.add(new String[] {Messages.get("ui.guide.timeLimit"),
                days == null ? null : Messages.get("ui.guide.days", days)});
        out.add(new String[] {Messages.get("ui.guide.fee"), g.fee()});
        out.add(new String[] {Messages.get("ui.guide.materials"), g.materials().isEmpty() ? null
                : Messages.get("ui.guide.materialsCount", g.materials().size(), requiredCount())});
        out.add(new String[] {Messages.get("ui.guide.consultPhone"), g.consultPhone()});
        out.removeIf(f -> f[1] == null || f[1].isBlank());
        return out;
    }

    /**
     * True in 长辈模式, where the checklist shows one line per material (name and whether it is required) until
     * the visitor asks for the details. A binding: views bound to it are held weakly by the display mode.
     */
    public BooleanBinding largeText() {
        return Bindings.equal(Layout.TextSize.LARGE,
                context.display().textSize());
    }

    /** "已准备 2/7": how many of the materials the visitor has ticked. */
    public String readyText(int ticked) {
        return Messages.get("ui.guide.ready", ticked, guide().materials().size());
    }

    public List<ItemSummary> related() {
        return page.related();
    }

    /** Shows a material's blank form ({@code sample} false) or its filled-in sample. */
    public void openForm(Material m, boolean sample) {
        String hash = sample ? m.sample() : m.blankForm();
        String label = Messages.get(sample ? "ui.attachment.sample" : "ui.attachment.form");
        context.navigator().go(new Place.Attachment(hash, m.name() + "（" + label + "）"));
    }

    public void open(ItemSummary item) {
        context.navigator().go(new Place.Item(item.id()));
    }
}

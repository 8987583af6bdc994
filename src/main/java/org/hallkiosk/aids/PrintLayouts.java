package org.hallkiosk.aids;

import java.awt.Color;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.content.GuideDetails;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.content.Material;
import org.hallkiosk.content.PolicyDetails;
import org.hallkiosk.content.Step;
import org.hallkiosk.content.TimeLimit;
import org.hallkiosk.i18n.Dates;
import org.hallkiosk.i18n.Messages;

/**
 * What an item looks like on paper. A guide is one sheet a visitor takes to the window: title and QR code,
 * the materials as a checklist with a box to tick each, the steps, time limits, fee, place, hours and phones
 * (when it runs long, the type shrinks a little to stay on one sheet). A policy prints its 公开要素 and body over
 * as many pages as it needs, numbered.
 */
public final class PrintLayouts {

    static final Color INK = Color.BLACK;
    static final Color GREY = new Color(0x44, 0x44, 0x44);
    static final Color RULE = new Color(0x88, 0x88, 0x88);
    /** Paper is read in the hand, closer than a screen: 0.85 mm modules (5 px at 150 dpi) scan well. */
    static final int QR_MODULE_PX = (int) Math.ceil(QrCode.MIN_MODULE_MM / (25.4 / PrintPage.DPI));
    /** Shrink steps tried to keep a guide on one sheet; below the last the text would be too small to read. */
    private static final float[] GUIDE_SCALES = {1f, 0.93f, 0.86f, 0.8f};

    private PrintLayouts() {
    }

    /** The printed form of a guide or a policy; empty for the other kinds, which have no print button. */
    public static Optional<PrintDocument> forItem(Item item) {
        if (!canPrint(item)) {
            return Optional.empty();
        }
        return Optional.of(item.type() == ItemType.GUIDE ? guide(item) : policy(item));
    }

    /** Guides and policies have a printed form; interpretations and notices do not. */
    public static boolean canPrint(Item item) {
        return item.type() == ItemType.GUIDE && item.guide() != null
                || item.type() == ItemType.POLICY && item.policy() != null;
    }

    public static PrintDocument guide(Item item) {
        List<PrintPage> pages = null;
        for (float scale : GUIDE_SCALES) {
            pages = guidePages(item, PrintFonts.atScale(scale));
            if (pages.size() == 1) {
                break;
            }
        }
        return new PrintDocument(item.title(), pages);
    }

    private static List<PrintPage> guidePages(Item item, PrintFonts f) {
        GuideDetails g = item.guide();
        PageComposer c = new PageComposer();
        header(c, f, item, Messages.get("print.guide.kind"));

        section(c, f, Messages.get("print.materials"));
        float box = f.body().getSize2D() * 0.9f;
        float nameX = PageComposer.LEFT + box + f.body().getSize2D() * 0.8f;
        // the details column is as wide as its widest entry, so "原件及复印件 · 1 份 · 按情况提交" stays on one line
        float detailWidth = f.body().getSize2D() * 8;
        for (Material m : g.materials()) {
            detailWidth = Math.max(detailWidth, PageComposer.width(materialDetails(m), f.body()) + 2);
        }
        detailWidth = Math.min(detailWidth, PageComposer.WIDTH * 0.45f);
        float detailX = PageComposer.RIGHT - detailWidth;
        float nameWidth = detailX - nameX - f.body().getSize2D() * 1.5f;
        int n = 1;
        for (Material m : g.materials()) {
            float top = c.row(n++ + ". " + m.name(), f.bodyBold(), INK, nameX, nameWidth,
                    materialDetails(m), f.body(), INK, detailX, detailWidth);
            c.box(PageComposer.LEFT, top + (PageComposer.lineHeight(f.bodyBold()) - box) / 2, box);
            if (m.note() != null && !m.note().isBlank()) {
                c.paragraph(m.note(), f.small(), GREY, nameX, nameWidth);
            }
            c.space(f.body().getSize2D() * 0.35f);
        }

        section(c, f, Messages.get("print.steps"));
        float stepNameWidth = f.body().getSize2D() * 5.5f;
        int s = 1;
        for (Step step : g.steps()) {
            c.row(s++ + ". " + step.name(), f.bodyBold(), INK, PageComposer.LEFT, stepNameWidth,
                    nullToEmpty(step.description()), f.body(), INK, PageComposer.LEFT + stepNameWidth,
                    PageComposer.WIDTH - stepNameWidth);
        }

        section(c, f, Messages.get("print.howWhere"));
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {Messages.get("print.timeLimit"), timeLimit(g.timeLimit())});
        facts.add(new String[] {Messages.get("print.fee"), g.fee()});
        facts.add(new String[] {Messages.get("print.location"), g.location()});
        facts.add(new String[] {Messages.get("print.hours"), g.hours()});
        facts.add(new String[] {Messages.get("print.consultPhone"), g.consultPhone()});
        facts.add(new String[] {Messages.get("print.complaintPhone"), g.complaintPhone()});
        if (g.onlineUrl() != null && !g.onlineUrl().isBlank()) {
            facts.add(new String[] {Messages.get("print.onlineUrl"), g.onlineUrl()});
        }
        labelled(c, f, facts);
        return footers(c, f, item);
    }

    public static PrintDocument policy(Item item) {
        PrintFonts f = PrintFonts.atScale(1f);
        PolicyDetails p = item.policy();
        PageComposer c = new PageComposer();
        header(c, f, item, Messages.get("print.policy.kind"));
        if (p.validity() != null && p.validity().noLongerInForce()) {
            c.paragraph(Messages.get("print.noLongerInForce", Messages.get("validity." + p.validity().code())),
                    f.heading(), INK, PageComposer.LEFT, PageComposer.WIDTH);
            c.space(f.body().getSize2D() * 0.5f);
        }
        section(c, f, Messages.get("print.disclosure"));
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {Messages.get("print.indexNo"), p.indexNo()});
        if (p.docNo() != null && !p.docNo().isBlank()) {
            facts.add(new String[] {Messages.get("print.docNo"), p.docNo()});
        }
        facts.add(new String[] {Messages.get("print.issuer"), p.issuer()});
        facts.add(new String[] {Messages.get("print.writtenAt"), date(p.writtenAt())});
        facts.add(new String[] {Messages.get("print.publishedAt"), date(item.publishedAt())});
        if (p.validity() != null) {
            facts.add(new String[] {Messages.get("print.validity"), Messages.get("validity." + p.validity().code())});
        }
        labelled(c, f, facts);
        section(c, f, Messages.get("print.body"));
        for (PlainBlocks.Block b : PlainBlocks.of(item.body())) {
            if (b.heading()) {
                c.ensure(PageComposer.lineHeight(f.heading()) + 2 * PageComposer.lineHeight(f.body()));
                c.paragraph(b.text(), f.bodyBold(), INK, PageComposer.LEFT, PageComposer.WIDTH);
            } else {
                c.paragraph(b.text(), f.body(), INK, PageComposer.LEFT, PageComposer.WIDTH);
            }
            c.space(f.body().getSize2D() * 0.4f);
        }
        return new PrintDocument(item.title(), footers(c, f, item));
    }

    /** Title (beside the QR code when the item has a url), then the kind and date line, then a rule. */
    private static void header(PageComposer c, PrintFonts f, Item item, String kind) {
        Optional<QrCode> qr = QrCode.forItem(item);
        float qrSide = qr.map(q -> (float) q.modulesWithQuietZone() * QR_MODULE_PX).orElse(0f);
        float titleWidth = PageComposer.WIDTH - (qr.isPresent() ? qrSide + f.body().getSize2D() : 0);
        float top = c.y();
        c.moveTo(top + c.lines(PageComposer.wrap(item.title(), f.title(), titleWidth), f.title(), INK,
                PageComposer.LEFT, top));
        c.space(f.small().getSize2D() * 0.3f);
        String dateLine = kind + "    " + Messages.get("print.updated", date(item.updatedAt()));
        c.moveTo(c.y() + c.lines(List.of(dateLine), f.small(), GREY, PageComposer.LEFT, c.y()));
        if (qr.isPresent()) {
            // the quiet zone is white anyway, so the code's white border may overlap the top margin
            float qrX = PageComposer.RIGHT - qrSide + QrCode.QUIET_ZONE * QR_MODULE_PX;
            float qrTop = top - QrCode.QUIET_ZONE * QR_MODULE_PX;
            c.qr(qr.get(), qrX, qrTop, QR_MODULE_PX);
            String caption = Messages.get("print.scan");
            float captionX = qrX + (qrSide - PageComposer.width(caption, f.small())) / 2;
            float captionTop = qrTop + qrSide - QrCode.QUIET_ZONE * QR_MODULE_PX * 0.6f;
            float bottom = captionTop + c.lines(List.of(caption), f.small(), GREY, captionX, captionTop);
            c.moveTo(Math.max(c.y(), bottom));
        }
        c.space(f.body().getSize2D() * 0.4f);
        c.rule(PageComposer.LEFT, PageComposer.RIGHT, 2f, INK);
        c.space(f.body().getSize2D() * 0.3f);
    }

    private static void section(PageComposer c, PrintFonts f, String title) {
        c.space(f.body().getSize2D() * 0.5f);
        c.ensure(PageComposer.lineHeight(f.heading()) + 2 * PageComposer.lineHeight(f.body()));
        c.moveTo(c.y() + c.lines(List.of(title), f.heading(), INK, PageComposer.LEFT, c.y()));
        c.rule(PageComposer.LEFT, PageComposer.RIGHT, 1f, RULE);
        c.space(f.body().getSize2D() * 0.35f);
    }

    private static void labelled(PageComposer c, PrintFonts f, List<String[]> facts) {
        float labelWidth = 0;
        for (String[] fact : facts) {
            labelWidth = Math.max(labelWidth, PageComposer.width(fact[0], f.bodyBold()));
        }
        labelWidth += f.body().getSize2D() * 1.2f;
        for (String[] fact : facts) {
            c.row(fact[0], f.bodyBold(), INK, PageComposer.LEFT, labelWidth, nullToEmpty(fact[1]), f.body(), INK,
                    PageComposer.LEFT + labelWidth, PageComposer.WIDTH - labelWidth);
        }
    }

    /** "item id · page n of m" at the foot of every page, once the number of pages is known. */
    private static List<PrintPage> footers(PageComposer c, PrintFonts f, Item item) {
        List<PrintPage> pages = List.copyOf(c.pages());
        float baseline = PrintPage.HEIGHT - PageComposer.MARGIN;
        for (int i = 0; i < pages.size(); i++) {
            String pageNo = "  ·  " + Messages.get("print.page", i + 1, pages.size());
            String title = item.title();
            // a long title is cut short so the page number always shows
            while (title.length() > 1 && PageComposer.width(title + pageNo, f.small()) > PageComposer.WIDTH) {
                title = title.substring(0, title.length() - 2) + "…";
            }
            String text = title + pageNo;
            PageComposer.text(pages.get(i), text, f.small(), GREY, PageComposer.LEFT, baseline);
        }
        return pages;
    }

    static String materialDetails(Material m) {
        List<String> parts = new ArrayList<>();
        if (m.form() != null && !m.form().isBlank()) {
            parts.add(m.form());
        }
        if (m.copies() != null) {
            parts.add(Messages.get("print.copies", m.copies()));
        }
        parts.add(Messages.get(m.required() ? "print.required" : "print.optional"));
        return String.join(" · ", parts);
    }

    static String timeLimit(TimeLimit t) {
        if (t == null || t.statutoryDays() == null && t.promisedDays() == null) {
            return Messages.get("print.timeLimit.none");
        }
        if (t.statutoryDays() != null && t.promisedDays() != null) {
            return Messages.get("print.timeLimit.both", t.statutoryDays(), t.promisedDays());
        }
        return t.statutoryDays() != null ? Messages.get("print.timeLimit.statutory", t.statutoryDays())
                : Messages.get("print.timeLimit.promised", t.promisedDays());
    }

    /** The same date as on the screens (2024年6月18日), so the sheet and the kiosk agree. */
    private static String date(OffsetDateTime t) {
        return Dates.day(t);
    }

    private static String date(LocalDate d) {
        return Dates.day(d);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

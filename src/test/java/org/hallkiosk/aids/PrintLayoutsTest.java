package org.hallkiosk.aids;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.print.Printable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.hallkiosk.content.GuideDetails;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.Material;
import org.hallkiosk.content.PolicyDetails;
import org.hallkiosk.content.Validity;
import org.junit.jupiter.api.Test;

/** Printed pages of the sample guide and the real seed policy, laid out, rendered and looked at. */
class PrintLayoutsTest extends WithSampleMirror {

    /** Rendered pages are kept here for people to look at. */
    static final Path OUT = Path.of("/tmp/aids");


    static boolean hasInk(BufferedImage img, Rectangle2D r) {
        int dark = 0;
        for (int y = (int) r.getMinY(); y < (int) Math.ceil(r.getMaxY()) && y < img.getHeight(); y++) {
            for (int x = (int) r.getMinX(); x < (int) Math.ceil(r.getMaxX()) && x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3 < 128) {
                    dark++;
                }
            }
        }
        // a CJK name has many strokes; a few dark pixels could be a neighbour's edge
        return dark > r.getWidth() * r.getHeight() * 0.03;
    }

    static void save(BufferedImage img, String name) throws Exception {
        Files.createDirectories(OUT);
        ImageIO.write(img, "png", OUT.resolve(name).toFile());
    }

    /** Runs of the page that together hold {@code text} (a long name may wrap onto a second line). */
    static List<PrintPage.TextRun> runsHolding(PrintPage page, String text) {
        List<PrintPage.TextRun> runs = page.textRuns();
        for (int i = 0; i < runs.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < runs.size() && j < i + 3; j++) {
                joined.append(runs.get(j).text());
                if (joined.toString().contains(text)) {
                    return runs.subList(i, j + 1);
                }
            }
        }
        return List.of();
    }

    @Test
    void theSampleGuidePrintsOnOnePageHoldingEveryMaterialWithABoxEach() throws Exception {
        // scripts/install-test-deps.sh installs the kiosk's font; without it Chinese would print as boxes
        assertThat(PrintFonts.family()).isEqualTo("Noto Sans CJK SC");
        Item guide = sample.item("bszn-ydz-sl");
        PrintDocument doc = PrintLayouts.forItem(guide).orElseThrow();
        assertThat(doc.pages()).hasSize(1);
        PrintPage page = doc.pages().get(0);
        BufferedImage img = page.render();
        save(img, "guide-bszn-ydz-sl.png");
        assertThat(img.getWidth()).isEqualTo(1240);
        assertThat(img.getHeight()).isEqualTo(1754);

        for (Material m : guide.guide().materials()) {
            List<PrintPage.TextRun> runs = runsHolding(page, m.name());
            assertThat(runs).as(m.name()).isNotEmpty();
            for (PrintPage.TextRun run : runs) {
                assertThat(hasInk(img, run.bounds())).as("ink where " + run.text() + " was drawn").isTrue();
                assertThat(run.bounds().getMaxX()).isLessThanOrEqualTo(PrintPage.WIDTH - PageComposer.MARGIN + 1);
            }
        }
        assertThat(page.boxes()).hasSize(guide.guide().materials().size());
        for (Rectangle2D box : page.boxes()) {
            assertThat(hasInk(img, new Rectangle2D.Double(box.getX() - 1, box.getY() - 1, 4, box.getHeight() + 2))).isTrue();
        }

        String all = String.join("", page.textRuns().stream().map(PrintPage.TextRun::text).toList());
        assertThat(all).contains(guide.title(), guide.guide().location(), guide.guide().hours(),
                guide.guide().consultPhone(), guide.guide().complaintPhone(), "法定 20 个工作日，承诺 15 个工作日",
                "原件及复印件 · 1 份 · 必须提供", "2 份", "按情况提供");
        for (var step : guide.guide().steps()) {
            assertThat(all).contains(step.name());
        }
        // the printed QR code takes the visitor to the guide's url
        assertThat(QrCodeTest.decode(img)).isEqualTo(guide.url());
    }

    @Test
    void aPolicyPrintsItsDisclosureDetailsAndRunsOverNumberedPages() throws Exception {
        Item seed = sample.item("zcwj-2024-00131");
        PrintDocument one = PrintLayouts.policy(seed);
        List<String> firstRuns = one.pages().get(0).textRuns().stream().map(PrintPage.TextRun::text).toList();
        assertThat(firstRuns).contains("公开要素", seed.policy().indexNo(), seed.policy().issuer(), seed.policy().docNo(),
                "有效性", "有效", "2024年6月18日");

        String longBody = String.join("\n\n", Collections.nCopies(4, seed.body()));
        Item longPolicy = new Item(seed.id(), seed.type(), seed.title(), seed.columns(), seed.summary(), longBody,
                seed.publishedAt(), seed.updatedAt(), seed.url(), seed.keywords(), seed.attachments(), seed.related(),
                seed.policy(), seed.interpretation(), seed.guide());
        PrintDocument doc = PrintLayouts.policy(longPolicy);
        assertThat(doc.pages().size()).isGreaterThan(one.pages().size());
        for (int i = 0; i < doc.pages().size(); i++) {
            PrintPage page = doc.pages().get(i);
            List<PrintPage.TextRun> runs = page.textRuns();
            assertThat(runs.get(runs.size() - 1).text()).endsWith("第 " + (i + 1) + " 页，共 " + doc.pages().size() + " 页");
            for (PrintPage.TextRun run : runs) {
                assertThat(run.bounds().getMaxY()).isLessThanOrEqualTo(PrintPage.HEIGHT - PageComposer.MARGIN + 10);
                assertThat(run.bounds().getMaxX()).isLessThanOrEqualTo(PrintPage.WIDTH - PageComposer.MARGIN + 1);
            }
        }
        save(doc.pages().get(1).render(), "policy-long-page2.png");
    }

    @Test
    void aRepealedPolicySaysSoAtTheTopOfThePage() {
        Item seed = sample.item("zcwj-2024-00131");
        PolicyDetails p = seed.policy();
        Item repealed = new Item(seed.id(), seed.type(), seed.title(), seed.columns(), seed.summary(), seed.body(),
                seed.publishedAt(), seed.updatedAt(), seed.url(), seed.keywords(), seed.attachments(), seed.related(),
                new PolicyDetails(p.indexNo(), p.docNo(), p.issuer(), p.writtenAt(), p.classification(), p.topic(),
                        Validity.REPEALED), seed.interpretation(), seed.guide());
        List<String> runs = PrintLayouts.policy(repealed).pages().get(0).textRuns().stream()
                .map(PrintPage.TextRun::text).toList();
        int warning = runs.indexOf("注意：本文件已废止，仅供查阅");
        assertThat(warning).isPositive().isLessThan(runs.indexOf("公开要素"));
    }

    @Test
    void aLongGuideShrinksToStayOnOneSheetAndPastThatRunsOverPagesKeepingABoxPerMaterial() throws Exception {
        Item seed = sample.item("bszn-ydz-sl");
        for (int count : new int[] {11, 28}) {
            List<Material> materials = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Material m = seed.guide().materials().get(i % seed.guide().materials().size());
                materials.add(new Material(m.name() + "（" + (i + 1) + "）", m.form(), m.copies(), m.required(),
                        m.source(), m.note(), m.blankForm(), m.sample()));
            }
            GuideDetails g = seed.guide();
            Item longGuide = new Item(seed.id(), seed.type(), seed.title(), seed.columns(), seed.summary(), seed.body(),
                    seed.publishedAt(), seed.updatedAt(), seed.url(), seed.keywords(), seed.attachments(),
                    seed.related(), null, null, new GuideDetails(g.serviceObject(), g.basis(), g.conditions(), materials,
                            g.steps(), g.timeLimit(), g.fee(), g.location(), g.hours(), g.consultPhone(),
                            g.complaintPhone(), g.onlineUrl(), g.faq()));
            PrintDocument doc = PrintLayouts.guide(longGuide);
            if (count == 11) {
                assertThat(doc.pages()).as("11 materials still fit one sheet, in smaller type").hasSize(1);
                save(doc.pages().get(0).render(), "guide-11-materials.png");
            } else {
                assertThat(doc.pages().size()).as("28 materials do not").isGreaterThan(1);
            }
            int boxes = doc.pages().stream().mapToInt(pg -> pg.boxes().size()).sum();
            assertThat(boxes).isEqualTo(materials.size());
            for (PrintPage page : doc.pages()) {
                // every box sits beside the name it ticks: on the same page, at the same height
                for (Rectangle2D box : page.boxes()) {
                    assertThat(page.textRuns()).anySatisfy(r -> {
                        assertThat(r.text()).matches("\\d+\\. .*");
                        assertThat(r.bounds().getCenterY()).isCloseTo(box.getCenterY(), org.assertj.core.data.Offset.offset(8.0));
                    });
                }
            }
        }
    }

    @Test
    void theNoticeHasNoPrintedForm() {
        assertThat(PrintLayouts.forItem(sample.item("tzgg-2024-kfhd"))).isEmpty();
    }

    @Test
    void thePrinterGetsTheSamePageThroughPrintable() throws Exception {
        PrintDocument doc = PrintLayouts.guide(sample.item("bszn-ydz-sl"));
        Printable printable = Printing.printable(doc);
        var format = Printing.a4();
        BufferedImage paper = new BufferedImage((int) format.getWidth(), (int) format.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, paper.getWidth(), paper.getHeight());
        assertThat(printable.print(g, format, 0)).isEqualTo(Printable.PAGE_EXISTS);
        assertThat(printable.print(g, format, 1)).isEqualTo(Printable.NO_SUCH_PAGE);
        g.dispose();
        // the title's first run lands at the same place, scaled from 150 to 72 dpi
        Rectangle2D title = doc.pages().get(0).textRuns().get(0).bounds();
        double s = 72.0 / PrintPage.DPI;
        assertThat(hasInk(paper, new Rectangle2D.Double(title.getX() * s, title.getY() * s, title.getWidth() * s,
                title.getHeight() * s))).isTrue();
    }
}

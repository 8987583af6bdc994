package org.hallkiosk.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hallkiosk.content.Attachment;
import org.hallkiosk.content.AttachmentRole;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.mirror.Mirror;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF pages and images come out of the mirror's file store, and broken files say which attachment. */
class AttachmentPagesTest {

    @TempDir
    Path tmp;

    Mirror mirror;

    @BeforeEach
    void open() {
        mirror = Mirror.open(tmp.resolve("data"));
    }

    @AfterEach
    void close() {
        mirror.close();
    }

    /** Puts bytes into the file store under their hash, as a sync does, and returns the attachment. */
    Attachment store(byte[] bytes, String name, AttachmentRole role) throws IOException {
        String sha = Hashes.sha256(bytes);
        Path verified = Files.write(tmp.resolve("verified-" + sha), bytes);
        mirror.files().putVerified(sha, verified);
        return new Attachment(sha, name, role);
    }

    /** Three A4 pages, each with a filled block at a different height and a line of text. */
    static byte[] threePagePdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.setNonStrokingColor(Color.DARK_GRAY);
                    s.addRect(100, 650 - i * 250, 300, 120);
                    s.fill();
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
                    s.newLineAtOffset(100, 800);
                    s.showText("Page " + (i + 1));
                    s.endText();
                }
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static double darkShare(BufferedImage img) {
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (lum < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) img.getWidth() * img.getHeight());
    }

    @Test
    void aGeneratedPdfRendersEveryPageWithWhatIsDrawnOnIt() throws Exception {
        Attachment pdf = store(threePagePdf(), "示例文件.pdf", AttachmentRole.ORIGINAL);
        try (PdfPages pages = PdfPages.open(mirror.files(), pdf)) {
            assertThat(pages.pageCount()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                BufferedImage img = pages.render(i, 1f);
                assertThat(img.getWidth()).isEqualTo(595);
                // the 300 × 120 pt block is 7% of the page (and the text a little more)
                assertThat(darkShare(img)).isBetween(0.07, 0.09);
                // the block sits lower on each page: page i is dark at its own height only
                int blockMidY = 842 - (650 - i * 250 + 60);
                assertThat(img.getRGB(250, blockMidY) & 0xFF).isLessThan(128);
                int otherMidY = 842 - (650 - ((i + 1) % 3) * 250 + 60);
                assertThat(img.getRGB(250, otherMidY) & 0xFF).isGreaterThan(200);
            }
            assertThat(pages.render(0, 2f).getWidth()).isBetween(1190, 1191);
            assertThatThrownBy(() -> pages.render(3, 1f)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void zoomStopsAtThePixelLimit() throws Exception {
        Attachment pdf = store(threePagePdf(), "大图.pdf", AttachmentRole.ORIGINAL);
        try (PdfPages pages = PdfPages.open(mirror.files(), pdf)) {
            BufferedImage huge = pages.render(0, 40f);
            assertThat((long) huge.getWidth() * huge.getHeight()).isLessThanOrEqualTo(PdfPages.MAX_PIXELS);
            assertThat(huge.getWidth()).isGreaterThan(595 * 4);
        }
    }

    @Test
    void aCorruptPdfGivesAClearMessageNamingTheAttachment() throws Exception {
        byte[] good = threePagePdf();
        byte[] corrupt = Arrays.copyOf(good, 400); // cut off mid-file
        Attachment broken = store(corrupt, "济南市政务公开方案.pdf", AttachmentRole.ORIGINAL);
        Attachment notPdf = store("这不是 PDF".getBytes(StandardCharsets.UTF_8), "说明.pdf",
                AttachmentRole.ORIGINAL);

        assertThatThrownBy(() -> PdfPages.open(mirror.files(), broken)).isInstanceOf(AidException.class)
                .hasMessageContaining("济南市政务公开方案.pdf")
                .satisfies(e -> assertThat(((AidException) e).key()).isEqualTo("aids.pdf.broken"));
        assertThatThrownBy(() -> PdfPages.open(mirror.files(), notPdf)).isInstanceOf(AidException.class)
                .hasMessageContaining("说明.pdf");
    }

    @Test
    void anAttachmentTheMirrorDoesNotHoldSaysSo() {
        Attachment absent = new Attachment("a".repeat(64), "缺失的附件.pdf", AttachmentRole.ORIGINAL);
        assertThatThrownBy(() -> PdfPages.open(mirror.files(), absent)).isInstanceOf(AidException.class)
                .hasMessageContaining("缺失的附件.pdf")
                .satisfies(e -> assertThat(((AidException) e).key()).isEqualTo("aids.attachment.missing"));
    }

    @Test
    void imagesLoadFromTheStoreAndLargeOnesAreReducedToTheLimit() throws Exception {
        BufferedImage big = new BufferedImage(3000, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 3000, 1000);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 1500, 1000);
        g.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(big, "png", png);
        Attachment graphic = store(png.toByteArray(), "图解.png", AttachmentRole.GRAPHIC);

        BufferedImage full = AttachmentImages.load(mirror.files(), graphic, AttachmentImages.DEFAULT_MAX_SIDE);
        assertThat(full.getWidth()).isEqualTo(3000);
        BufferedImage reduced = AttachmentImages.load(mirror.files(), graphic, 1000);
        assertThat(reduced.getWidth()).isLessThanOrEqualTo(1000);
        assertThat(reduced.getHeight()).isLessThanOrEqualTo(1000);
        assertThat(darkShare(reduced)).isBetween(0.45, 0.55);

        Attachment junk = store(new byte[] {1, 2, 3, 4, 5}, "坏图解.png", AttachmentRole.GRAPHIC);
        assertThatThrownBy(() -> AttachmentImages.load(mirror.files(), junk, 1000)).isInstanceOf(AidException.class)
                .hasMessageContaining("坏图解.png");
    }
}

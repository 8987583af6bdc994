package org.hallkiosk.aids;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hallkiosk.content.Attachment;
import org.hallkiosk.mirror.FileStore;

/**
 * A PDF attachment, open for showing its pages inside the kiosk. The bytes come from the mirror's file store
 * only (they were checked against their hash when synced). A file PDFBox cannot read gives an
 * {@link AidException} that names the attachment, never a crash. Not for two threads at once (PDFBox's renderer
 * is not): a reader uses one background task at a time per document.
 */
public final class PdfPages implements AutoCloseable {

    /** The most pixels one rendered page may have (about 48 MB as RGB), however far the visitor zooms. */
    public static final long MAX_PIXELS = 12_000_000L;

    private final String name;
    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(String name, PDDocument document) {
        this.name = name;
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static PdfPages open(FileStore files, Attachment attachment) throws AidException {
        return open(AttachmentImages.storedFile(files, attachment), attachment.name());
    }

    /** Opens {@code file}; {@code name} is the attachment's name, for messages. */
    static PdfPages open(Path file, String name) throws AidException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new AidException(e, "aids.pdf.broken", name);
        }
        if (doc.getNumberOfPages() == 0) {
            closeQuietly(doc);
            throw new AidException("aids.pdf.broken", name);
        }
        return new PdfPages(name, doc);
    }

    public String name() {
        return name;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /**
     * Page {@code pageIndex} (from 0) at {@code scale} pixels a point (1 = 72 dpi); the scale is lowered when the
     * image would pass {@link #MAX_PIXELS}.
     */
    public synchronized BufferedImage render(int pageIndex, float scale) throws AidException {
        checkPage(pageIndex);
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive");
        }
        PDRectangle box = document.getPage(pageIndex).getCropBox();
        double pixels = (double) box.getWidth() * box.getHeight() * scale * scale;
        float s = pixels > MAX_PIXELS ? (float) (scale * Math.sqrt(MAX_PIXELS / pixels)) : scale;
        try {
            return renderer.renderImage(pageIndex, s, ImageType.RGB);
        } catch (IOException | RuntimeException e) {
            throw new AidException(e, "aids.pdf.pageBroken", name, pageIndex + 1);
        }
    }

    private void checkPage(int pageIndex) {
        if (pageIndex < 0 || pageIndex >= pageCount()) {
            throw new IndexOutOfBoundsException("page " + pageIndex + " of " + pageCount());
        }
    }

    @Override
    public void close() {
        closeQuietly(document);
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            // nothing was written; nothing to lose
        }
    }
}

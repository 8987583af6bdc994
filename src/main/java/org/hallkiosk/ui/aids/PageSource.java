package org.hallkiosk.ui.aids;

import java.awt.image.BufferedImage;
import java.util.List;
import org.hallkiosk.aids.AidException;
import org.hallkiosk.aids.AttachmentImages;
import org.hallkiosk.aids.PdfPages;
import org.hallkiosk.aids.PrintPage;
import org.hallkiosk.content.Attachment;
import org.hallkiosk.mirror.FileStore;

/**
 * Pages the {@link PageViewer} shows: a PDF attachment, an image (one page) or a print preview. Every method
 * runs off the FX thread, one call at a time.
 */
public interface PageSource extends AutoCloseable {

    /** Opens the file and counts the pages; a broken file says so here. */
    int open() throws AidException;

    /** Page {@code index} (from 0) about {@code widthPx} pixels wide (a source may give more or less). */
    BufferedImage render(int index, double widthPx) throws AidException;

    @Override
    default void close() {
    }

    static PageSource pdf(FileStore files, Attachment attachment) {
        return new Pdf(files, attachment);
    }

    static PageSource image(FileStore files, Attachment attachment) {
        return new Single(() -> AttachmentImages.load(files, attachment, AttachmentImages.DEFAULT_MAX_SIDE));
    }

    static PageSource print(List<PrintPage> pages) {
        return new PageSource() {
            private final BufferedImage[] rendered = new BufferedImage[pages.size()];

            @Override
            public int open() {
                return pages.size();
            }

            @Override
            public BufferedImage render(int index, double widthPx) {
                if (rendered[index] == null) {
                    rendered[index] = pages.get(index).render();
                }
                return rendered[index];
            }
        };
    }

    /** An image loaded once; zooming only scales it. */
    final class Single implements PageSource {
        interface Loader {
            BufferedImage load() throws AidException;
        }

        private final Loader loader;
        private BufferedImage image;

        Single(Loader loader) {
            this.loader = loader;
        }

        @Override
        public int open() throws AidException {
            image = loader.load();
            return 1;
        }

        @Override
        public BufferedImage render(int index, double widthPx) {
            return image;
        }
    }

    /** A PDF rendered at the resolution the zoom needs, so zoomed text stays sharp. */
    final class Pdf implements PageSource {
        private final FileStore files;
        private final Attachment attachment;
        private PdfPages pages;

        Pdf(FileStore files, Attachment attachment) {
            this.files = files;
            this.attachment = attachment;
        }

        @Override
        public synchronized int open() throws AidException {
            pages = PdfPages.open(files, attachment);
            return pages.pageCount();
        }

        @Override
        public synchronized BufferedImage render(int index, double widthPx) throws AidException {
            // a quick render at a quarter pixel a point tells the page's width
            BufferedImage probe = pages.render(index, 0.25f);
            double points = probe.getWidth() * 4.0;
            return pages.render(index, (float) Math.max(0.5, widthPx / points));
        }

        @Override
        public synchronized void close() {
            if (pages != null) {
                pages.close();
            }
        }
    }
}

package org.hallkiosk.aids;

import java.awt.Graphics2D;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.Optional;
import java.util.function.Supplier;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;

/**
 * The kiosk's printer: whether there is one that takes jobs (the screens hide the print button, and the staff
 * panel says why, when there is not), and sending an item's pages to it without any dialog.
 */
public final class Printing {

    private final Supplier<PrintService> defaultService;
    private final Supplier<PrintService[]> allServices;

    /** The printers the operating system knows (CUPS on Linux, the spooler on Windows). */
    public Printing() {
        this(PrintServiceLookup::lookupDefaultPrintService, () -> PrintServiceLookup.lookupPrintServices(null, null));
    }

    Printing(Supplier<PrintService> defaultService, Supplier<PrintService[]> allServices) {
        this.defaultService = defaultService;
        this.allServices = allServices;
    }

    /** The default printer, or the only one there is when none is marked default. */
    public Optional<PrintService> printer() {
        PrintService s = defaultService.get();
        if (s != null) {
            return Optional.of(s);
        }
        PrintService[] all = allServices.get();
        return all == null || all.length == 0 ? Optional.empty() : Optional.of(all[0]);
    }

    /** Asks the system each time: a printer can be plugged in or switched off while the kiosk runs. */
    public Availability availability() {
        Optional<PrintService> p = printer();
        if (p.isEmpty()) {
            return Availability.absent("aids.print.noPrinter");
        }
        PrinterIsAcceptingJobs accepting = p.get().getAttribute(PrinterIsAcceptingJobs.class);
        if (PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS.equals(accepting)) {
            return Availability.absent("aids.print.notAccepting", p.get().getName());
        }
        return Availability.works();
    }

    /** Sends the pages to the printer, A4 portrait, no dialog; blocks until spooled, so not on the FX thread. */
    public void print(PrintDocument document) throws AidException {
        PrintService service = printer().orElseThrow(() -> new AidException("aids.print.noPrinter"));
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(document.title());
            job.setPrintable(printable(document));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(MediaSizeName.ISO_A4);
            attributes.add(OrientationRequested.PORTRAIT);
            attributes.add(new JobName(document.title(), null));
            job.print(attributes);
        } catch (PrinterException | RuntimeException e) {
            throw new AidException(e, "aids.print.failed", service.getName(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * The pages for a printer: page pixels scaled to points from the paper's corner. The layout's 15 mm margins
     * lie inside every printer's unprintable edge, so nothing is cut.
     */
    static Printable printable(PrintDocument document) {
        return (graphics, format, index) -> {
            if (index < 0 || index >= document.pages().size()) {
                return Printable.NO_SUCH_PAGE;
            }
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                // 72/150 on A4; on other paper the page shrinks evenly to fit
                double s = Math.min(format.getWidth() / PrintPage.WIDTH, format.getHeight() / PrintPage.HEIGHT);
                g.scale(s, s);
                document.pages().get(index).paint(g);
            } finally {
                g.dispose();
            }
            return Printable.PAGE_EXISTS;
        };
    }

    /** A4 in points, for callers that need a PageFormat (the preview's printer path, tests). */
    static PageFormat a4() {
        PageFormat format = new PageFormat();
        Paper paper = new Paper();
        double w = PrintPage.WIDTH * 72.0 / PrintPage.DPI;
        double h = PrintPage.HEIGHT * 72.0 / PrintPage.DPI;
        paper.setSize(w, h);
        paper.setImageableArea(0, 0, w, h);
        format.setPaper(paper);
        return format;
    }
}

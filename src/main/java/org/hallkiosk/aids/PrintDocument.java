package org.hallkiosk.aids;

import java.util.List;

/** What one press of "print" puts on paper: an item laid out on A4 pages. */
public record PrintDocument(String title, List<PrintPage> pages) {

    public PrintDocument {
        pages = List.copyOf(pages);
    }
}

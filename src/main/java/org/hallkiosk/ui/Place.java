package org.hallkiosk.ui;

/** Where a visitor can be; the navigator turns a place into a screen. */
public sealed interface Place {

    record Attract() implements Place {
    }

    record Home() implements Place {
    }

    record ColumnList(String columnId) implements Place {
    }

    /** One item: a policy, interpretation or notice in the reader, a guide in the guide screen. */
    record Item(String itemId) implements Place {
    }

    /** An attachment of an item (a blank form, a sample, a 图解), by the SHA-256 of its file. */
    record Attachment(String sha256, String name) implements Place {
    }

    /** The search screen, with {@code query} already typed (empty for a fresh search). */
    record Search(String query) implements Place {
    }

    /** The staff PIN pad, reached by a long press on the hall's name. */
    record StaffPin() implements Place {
    }

    /** The staff panel, reached only through the PIN pad. */
    record Staff() implements Place {
    }

    /** An item's web address as a QR code, to take it to a phone (扫码带走). */
    record QrCode(String itemId) implements Place {
    }

    /** An item's printed pages on screen, with the print button when there is a printer. */
    record PrintPreview(String itemId) implements Place {
    }
}

package org.hallkiosk.feed;

import java.time.OffsetDateTime;
import java.util.List;
import org.hallkiosk.content.Column;

/**
 * A parsed, validated manifest.json. {@code expires} (ISO 8601, as written) is null when the publisher set
 * none. {@code packs} are zips of the publication's items and files for a first sync, stored like attachments
 * under {@code files/<sha256>}; a kiosk may ignore them.
 */
public record Manifest(int formatVersion, String publisher, long sequence, String generatedAt, List<Column> columns,
                       List<ItemEntry> items, List<FileEntry> files, String expires, SearchHints search,
                       List<FileEntry> packs, List<LayoutEntry> layouts) {

    public Manifest {
        columns = List.copyOf(columns);
        items = List.copyOf(items);
        files = List.copyOf(files);
        search = search == null ? SearchHints.NONE : search;
        packs = packs == null ? List.of() : List.copyOf(packs);
        layouts = layouts == null ? List.of() : List.copyOf(layouts);
    }

    /** A manifest without packs or layouts. */
    public Manifest(int formatVersion, String publisher, long sequence, String generatedAt, List<Column> columns,
                    List<ItemEntry> items, List<FileEntry> files, String expires, SearchHints search) {
        this(formatVersion, publisher, sequence, generatedAt, columns, items, files, expires, search, List.of(),
                List.of());
    }

    /** A manifest without the format-1 additions. */
    public Manifest(int formatVersion, String publisher, long sequence, String generatedAt, List<Column> columns,
                    List<ItemEntry> items, List<FileEntry> files) {
        this(formatVersion, publisher, sequence, generatedAt, columns, items, files, null, SearchHints.NONE);
    }

    /** A manifest with an expiry and no search hints. */
    public Manifest(int formatVersion, String publisher, long sequence, String generatedAt, List<Column> columns,
                    List<ItemEntry> items, List<FileEntry> files, String expires) {
        this(formatVersion, publisher, sequence, generatedAt, columns, items, files, expires, SearchHints.NONE);
    }

    /** A manifest with search hints and no expiry. */
    public Manifest(int formatVersion, String publisher, long sequence, String generatedAt, List<Column> columns,
                    List<ItemEntry> items, List<FileEntry> files, SearchHints search) {
        this(formatVersion, publisher, sequence, generatedAt, columns, items, files, null, search);
    }

    /** When the publication stops being current, or null when it does not say. */
    public OffsetDateTime expiresAt() {
        return expires == null ? null : FeedDates.parse(expires);
    }

    /** One line of {@code items}: what the item file must hash to and weigh. */
    public record ItemEntry(String id, String type, String sha256, long size, String updatedAt) {
    }

    /**
     * One line of {@code layouts}: the layout.yaml for a group of kiosks, stored like an attachment under
     * {@code files/<sha256>} (docs/feed-format.md, "Layouts for a fleet").
     */
    public record LayoutEntry(String group, String sha256, long size) {
    }

    /** One line of {@code files}: an attachment named by its hash. */
    public record FileEntry(String sha256, long size, String mediaType) {
    }
}

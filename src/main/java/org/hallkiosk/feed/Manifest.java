package org.hallkiosk.feed;

import java.util.List;
import org.hallkiosk.content.Column;

/** A parsed, validated manifest.json. */
public record Manifest(int formatVersion, String publisher, long sequence, String generatedAt, List<Column> columns,
                       List<ItemEntry> items, List<FileEntry> files, SearchHints search) {

    public Manifest {
        columns = List.copyOf(columns);
        items = List.copyOf(items);
        files = List.copyOf(files);
        search = search == null ? SearchHints.NONE : search;
    }

    /** A manifest without search hints. */
    public Manifest(int formatVersion, String publisher, long sequence, String generatedAt, List<Column> columns,
                    List<ItemEntry> items, List<FileEntry> files) {
        this(formatVersion, publisher, sequence, generatedAt, columns, items, files, SearchHints.NONE);
    }

    /** One line of {@code items}: what the item file must hash to and weigh. */
    public record ItemEntry(String id, String type, String sha256, long size, String updatedAt) {
    }

    /** One line of {@code files}: an attachment named by its hash. */
    public record FileEntry(String sha256, long size, String mediaType) {
    }
}

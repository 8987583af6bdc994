package org.hallkiosk.sync;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hallkiosk.feed.Manifest;

/**
 * The staging folder in the data folder, where a sync puts what it fetched and verified before the apply:
 * {@code items/<sha256>.json} and {@code files/<sha256>.part}. What a failed run left here is reused by the next.
 */
final class StagingArea {

    private static final System.Logger LOG = System.getLogger(StagingArea.class.getName());
    private static final List<String> FOLDERS = List.of("items", "files");

    private final Path root;

    StagingArea(Path dataDir) {
        this.root = dataDir.resolve("staging");
    }

    /** Where an item's verified bytes are kept until the apply. */
    Path item(Manifest.ItemEntry entry) {
        return root.resolve("items").resolve(entry.sha256() + ".json");
    }

    /** Where an attachment, a layout or a pack is downloaded (and resumed) before it is checked. */
    Path partOf(Manifest.FileEntry file) {
        return root.resolve("files").resolve(file.sha256() + ".part");
    }

    void createFolders() throws IOException {
        for (String sub : FOLDERS) {
            Files.createDirectories(root.resolve(sub));
        }
    }

    /** The folder for files only: all that keeping the layouts of an unchanged publication needs. */
    void createFilesFolder() throws IOException {
        Files.createDirectories(root.resolve("files"));
    }

    /** Deletes everything staged (after a commit); a missing folder is skipped, the first failure is thrown. */
    void deleteAll() throws IOException {
        for (String sub : FOLDERS) {
            deleteIn(root.resolve(sub));
        }
    }

    /**
     * Deletes everything staged to make room, each folder on its own: what a retry would reuse is given up so
     * a full disk can take the history row. A folder that cannot be cleared is logged and the next one tried.
     */
    void deleteAllForRoom() {
        for (String sub : FOLDERS) {
            Path dir = root.resolve(sub);
            try {
                deleteIn(dir);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not clear " + dir, e);
            }
        }
    }

    private static void deleteIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                Files.deleteIfExists(p);
            }
        }
    }
}

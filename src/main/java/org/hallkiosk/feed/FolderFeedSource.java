package org.hallkiosk.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A feed in a local folder, such as a USB drive. Symbolic links are refused: a feed is plain files. */
public final class FolderFeedSource extends LocalFeedSource {

    private final Path base;
    /** Folders found not to be links; read by the apply's worker threads at once. */
    private final Set<Path> checkedFolders = ConcurrentHashMap.newKeySet();

    public FolderFeedSource(Path base) throws FeedException {
        if (!Files.isDirectory(base)) {
            throw new FeedException("feed.notFound", base.toString());
        }
        this.base = base;
    }

    @Override
    public String describe() {
        return base.toAbsolutePath().normalize().toString();
    }

    @Override
    protected InputStream open(String relativePath) throws IOException, FeedException {
        String[] parts = relativePath.split("/");
        Path file = base;
        for (int i = 0; i < parts.length - 1; i++) {
            file = file.resolve(parts[i]);
            checkFolder(file, relativePath);
        }
        file = file.resolve(parts[parts.length - 1]);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            // missing, or a folder on the way is not one: the file is not there (the caller names it)
            return null;
        }
        if (attributes.isSymbolicLink()) {
            throw new FeedException("feed.symlink", describe(), relativePath);
        }
        return attributes.isRegularFile() ? Files.newInputStream(file) : null;
    }

    /**
     * A folder on the way to a file (items/, files/) is checked once for the source, not once for each of the
     * thousands of files in it: one file-system call a file instead of three.
     */
    private void checkFolder(Path folder, String relativePath) throws FeedException {
        if (checkedFolders.contains(folder)) {
            return;
        }
        if (Files.isSymbolicLink(folder)) {
            throw new FeedException("feed.symlink", describe(), relativePath);
        }
        checkedFolders.add(folder);
    }
}

package org.hallkiosk.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** A feed in a local folder, such as a USB drive. Symbolic links are refused: a feed is plain files. */
public final class FolderFeedSource extends LocalFeedSource {

    private final Path base;

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
        Path file = base;
        for (String part : relativePath.split("/")) {
            file = file.resolve(part);
            if (Files.isSymbolicLink(file)) {
                throw new FeedException("feed.symlink", describe(), relativePath);
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return Files.newInputStream(file);
    }
}

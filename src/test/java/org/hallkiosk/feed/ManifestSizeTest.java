package org.hallkiosk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest's size bound is the feed contract's 32 MiB: a manifest of that size is read, one byte more is
 * refused before it is read. A province's 200,000 items (about 170 bytes of manifest each) and 20,000
 * attachments (about 130) make some 36.6 MB, past it: the scale benchmark raises the bound by name, and the
 * closing note asks the contract for room.
 */
class ManifestSizeTest {

    static final long PROVINCE = 200_000L * 170 + 20_000L * 130;

    @TempDir
    Path feed;

    @Test
    void theContractsBoundIsReadAndOnePastItIsRefused() throws Exception {
        assertThat(FeedNames.MAX_MANIFEST_BYTES).isEqualTo(32L * 1024 * 1024);
        assertThat(PROVINCE).isGreaterThan(FeedNames.MAX_MANIFEST_BYTES);
        sized(FeedNames.MAX_MANIFEST_BYTES);
        assertThat(new FolderFeedSource(feed).fetchManifest(FeedSource.Validators.NONE).bytes())
                .hasSize((int) FeedNames.MAX_MANIFEST_BYTES);

        sized(FeedNames.MAX_MANIFEST_BYTES + 1);
        assertThatThrownBy(() -> new FolderFeedSource(feed).fetchManifest(FeedSource.Validators.NONE))
                .isInstanceOf(FeedException.class);
    }

    /** A manifest.json of {@code bytes} bytes (sparse: what is in it does not matter to the bound). */
    private void sized(long bytes) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(feed.resolve(FeedNames.MANIFEST).toFile(), "rw")) {
            f.setLength(bytes);
        }
    }
}

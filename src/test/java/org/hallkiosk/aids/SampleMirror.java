package org.hallkiosk.aids;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hallkiosk.content.Item;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.sync.SyncEngine;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.testing.TestFeed;

/** The repository's sample content, published and synced into a mirror in a temporary folder. */
final class SampleMirror implements AutoCloseable {

    final Mirror mirror;

    SampleMirror(Path tmp) throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        mirror = Mirror.open(tmp.resolve("data"));
        var report = new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT)
                .run(new FolderFeedSource(feed.dir()), "test", SyncProgress.Listener.NONE, () -> false);
        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
    }

    Item item(String id) {
        return mirror.items().item(id).orElseThrow();
    }

    @Override
    public void close() {
        mirror.close();
    }
}

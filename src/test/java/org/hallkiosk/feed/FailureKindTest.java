package org.hallkiosk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureKindTest {

    @Test
    void aFetchThatFailedIsTransientAndABadFeedIsThePublishers() {
        assertThat(new FeedException("http.unreachable", "u", "r", "3").kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(new FeedException("zip.unreadable", "z", "r").kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(new FeedException("feed.badField", "f", "x", "y").kind()).isEqualTo(FailureKind.PUBLISHER);
        assertThat(new FeedException("zip.outsideRoot", "z", "../x").kind()).isEqualTo(FailureKind.PUBLISHER);
        assertThat(new FeedException("sync.badSignature", "s").kind()).isEqualTo(FailureKind.PUBLISHER);
    }
}

package org.hallkiosk.aids;

import java.nio.file.Path;
import org.hallkiosk.content.Item;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests that read the sample content: it is published and synced once per test class. */
abstract class WithSampleMirror {

    @TempDir
    static Path sampleDir;

    static SampleMirror sample;

    @BeforeAll
    static void syncSample() throws Exception {
        sample = new SampleMirror(sampleDir);
    }

    @AfterAll
    static void closeSample() {
        sample.close();
    }

    static Item item(String id) {
        return sample.item(id);
    }
}

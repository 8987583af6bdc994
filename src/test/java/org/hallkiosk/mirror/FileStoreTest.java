package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.feed.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attachment store on a real folder: files go in whole on the store's own threads, {@code flush} waits for
 * them and says when one could not go in, and a removal waits for a file still on its way.
 */
class FileStoreTest {

    @TempDir
    Path tmp;

    @Test
    void manyFilesGoInWholeUnderTheirHashesByTheFlush() throws IOException {
        try (FileStore store = new FileStore(tmp.resolve("files"))) {
            List<String> hashes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                byte[] bytes = ("退役军人优待证申请表 第" + i + "份").getBytes(StandardCharsets.UTF_8);
                String hash = Hashes.sha256(bytes);
                hashes.add(hash);
                store.putVerified(hash, Files.write(tmp.resolve("part-" + i), bytes));
                assertThat(store.has(hash)).isTrue();
            }
            store.flush();

            for (int i = 0; i < 200; i++) {
                assertThat(Files.readAllBytes(store.path(hashes.get(i))))
                        .isEqualTo(("退役军人优待证申请表 第" + i + "份").getBytes(StandardCharsets.UTF_8));
                assertThat(tmp.resolve("part-" + i)).doesNotExist();
            }
            assertThat(store.count()).isEqualTo(200);
        }
    }

    @Test
    void theFlushSaysWhichFileCouldNotGoInAndTheStoreDoesNotNameIt() throws IOException {
        try (FileStore store = new FileStore(tmp.resolve("files"))) {
            byte[] bytes = {1, 2, 3};
            String good = Hashes.sha256(bytes);
            String lost = Hashes.sha256(new byte[] {4, 5, 6});
            store.putVerified(good, Files.write(tmp.resolve("part"), bytes));
            store.putVerified(lost, tmp.resolve("a part that is not there"));

            assertThatThrownBy(store::flush).isInstanceOf(NoSuchFileException.class)
                    .hasMessageContaining("a part that is not there");
            assertThat(store.has(good)).isTrue();
            assertThat(store.has(lost)).isFalse();
            // what failed was reported once: the next sync's flush starts clean
            store.flush();
        }
    }

    @Test
    void aFlushWithNothingNewLeavesTheFolderAlone() throws IOException {
        Path dir = tmp.resolve("files");
        try (FileStore store = new FileStore(dir)) {
            byte[] bytes = {1, 2, 3};
            store.putVerified(Hashes.sha256(bytes), Files.write(tmp.resolve("part"), bytes));
            store.flush();

            // A sync that adds no attachment pays no flush: the folder is not even opened (it is gone here, and
            // forcing it would say so).
            Files.move(dir, tmp.resolve("elsewhere"));
            store.flush();
            assertThat(tmp.resolve("elsewhere").resolve(Hashes.sha256(bytes))).exists();
        }
    }

    @Test
    void aRemovalWaitsForAFileOnItsWayIn() throws IOException {
        try (FileStore store = new FileStore(tmp.resolve("files"))) {
            byte[] bytes = new byte[4 * 1024 * 1024];
            String hash = Hashes.sha256(bytes);
            store.putVerified(hash, Files.write(tmp.resolve("part"), bytes));
            store.remove(hash);

            assertThat(store.has(hash)).isFalse();
            store.flush();
            assertThat(store.has(hash)).isFalse();
        }
    }
}

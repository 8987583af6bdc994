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
import java.util.Set;
import org.hallkiosk.feed.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attachment store on a real folder: files go in whole under their hashes, and {@code flush} forces what
 * went in since the last one, and the folder, only when something did.
 */
class FileStoreTest {

    @TempDir
    Path tmp;

    @Test
    void manyFilesGoInWholeUnderTheirHashesAndTheFlushForcesThem() throws IOException {
        FileStore store = new FileStore(tmp.resolve("files"));
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            byte[] bytes = text(i);
            String hash = Hashes.sha256(bytes);
            hashes.add(hash);
            store.putVerified(hash, Files.write(tmp.resolve("part-" + i), bytes));
            assertThat(store.has(hash)).isTrue();
            assertThat(tmp.resolve("part-" + i)).doesNotExist();
        }
        store.flush();

        for (int i = 0; i < 200; i++) {
            assertThat(Files.readAllBytes(store.path(hashes.get(i)))).isEqualTo(text(i));
        }
        assertThat(store.count()).isEqualTo(200);
    }

    @Test
    void aFlushWithNothingNewLeavesTheFolderAlone() throws IOException {
        Path dir = tmp.resolve("files");
        FileStore store = new FileStore(dir);
        byte[] bytes = {1, 2, 3};
        store.putVerified(Hashes.sha256(bytes), Files.write(tmp.resolve("part"), bytes));
        store.flush();

        // A sync that adds no attachment pays no flush: the folder is not even opened (it is gone here, and
        // forcing it would say so).
        Files.move(dir, tmp.resolve("elsewhere"));
        store.flush();
        assertThat(tmp.resolve("elsewhere").resolve(Hashes.sha256(bytes))).exists();
    }

    @Test
    void aFlushSaysWhenAFilePutInIsNoLongerThere() throws IOException {
        FileStore store = new FileStore(tmp.resolve("files"));
        byte[] bytes = {1, 2, 3};
        String hash = Hashes.sha256(bytes);
        store.putVerified(hash, Files.write(tmp.resolve("part"), bytes));
        Files.delete(store.path(hash)); // behind the store's back

        assertThatThrownBy(store::flush).isInstanceOf(NoSuchFileException.class).hasMessageContaining(hash);
    }

    @Test
    void filesRemovedByTheStoreAreNotForcedAfterwards() throws IOException {
        FileStore store = new FileStore(tmp.resolve("files"));
        byte[] kept = {1, 2, 3};
        byte[] dropped = {4, 5, 6};
        byte[] rolledBack = {7, 8, 9};
        store.putVerified(Hashes.sha256(kept), Files.write(tmp.resolve("a"), kept));
        store.putVerified(Hashes.sha256(dropped), Files.write(tmp.resolve("b"), dropped));
        store.putVerified(Hashes.sha256(rolledBack), Files.write(tmp.resolve("c"), rolledBack));

        store.remove(Hashes.sha256(rolledBack));
        assertThat(store.removeAllBut(Set.of(Hashes.sha256(kept)))).isEqualTo(1);
        store.flush();

        assertThat(store.has(Hashes.sha256(kept))).isTrue();
        assertThat(store.count()).isEqualTo(1);
    }

    private static byte[] text(int i) {
        return ("退役军人优待证申请表 第" + i + "份").getBytes(StandardCharsets.UTF_8);
    }
}

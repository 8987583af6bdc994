package org.hallkiosk.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hallkiosk.feed.HttpOptions;

/**
 * How a sync behaves. {@code freeSpace} reports the usable bytes where the mirror lives (a test can
 * pretend the disk is full); {@code reserveBytes} is left free after a sync so the kiosk still runs.
 */
public record SyncOptions(HttpOptions http, FreeSpace freeSpace, long reserveBytes) {

    public static final SyncOptions DEFAULT = new SyncOptions(HttpOptions.DEFAULT, dir -> Files.getFileStore(dir)
            .getUsableSpace(), 64L * 1024 * 1024);

    public SyncOptions withHttp(HttpOptions newHttp) {
        return new SyncOptions(newHttp, freeSpace, reserveBytes);
    }

    public SyncOptions withFreeSpace(FreeSpace newFreeSpace) {
        return new SyncOptions(http, newFreeSpace, reserveBytes);
    }

    /** Usable bytes on the disk holding {@code dir}. */
    @FunctionalInterface
    public interface FreeSpace {
        long usableBytes(Path dir) throws IOException;
    }
}

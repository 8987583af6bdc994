package org.hallkiosk.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.feed.HttpOptions;
import org.hallkiosk.feed.ZipFeedSource;

/**
 * How a sync behaves. {@code freeSpace} reports the usable bytes where the mirror lives (a test can
 * pretend the disk is full); {@code reserveBytes} is left free after a sync so the kiosk still runs.
 * {@code deadline} bounds a whole sync; a transfer that moves less than {@code stallMinBytes} in
 * {@code stallWindow} of open-connection time is stopped as too slow. {@code maxZipEntries} bounds the
 * entries of a zip feed before any of them is read. {@code clock} decides whether a manifest has expired.
 */
public record SyncOptions(HttpOptions http, FreeSpace freeSpace, long reserveBytes, Duration deadline,
                          Duration stallWindow, long stallMinBytes, int maxZipEntries, Clock clock) {

    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(15);

    public static final SyncOptions DEFAULT = new SyncOptions(HttpOptions.DEFAULT, dir -> Files.getFileStore(dir)
            .getUsableSpace(), 64L * 1024 * 1024, DEFAULT_DEADLINE, Duration.ofSeconds(60), 1024,
            ZipFeedSource.DEFAULT_MAX_ENTRIES, Clock.systemUTC());

    /** The defaults with the deadline the kiosk's configuration gives. */
    public static SyncOptions of(KioskConfig config) {
        return DEFAULT.withDeadline(config.syncDeadline());
    }

    public SyncOptions withHttp(HttpOptions newHttp) {
        return new SyncOptions(newHttp, freeSpace, reserveBytes, deadline, stallWindow, stallMinBytes,
                maxZipEntries, clock);
    }

    public SyncOptions withFreeSpace(FreeSpace newFreeSpace) {
        return new SyncOptions(http, newFreeSpace, reserveBytes, deadline, stallWindow, stallMinBytes,
                maxZipEntries, clock);
    }

    public SyncOptions withReserveBytes(long newReserve) {
        return new SyncOptions(http, freeSpace, newReserve, deadline, stallWindow, stallMinBytes, maxZipEntries,
                clock);
    }

    public SyncOptions withDeadline(Duration newDeadline) {
        return new SyncOptions(http, freeSpace, reserveBytes, newDeadline, stallWindow, stallMinBytes,
                maxZipEntries, clock);
    }

    public SyncOptions withStall(Duration newWindow, long newMinBytes) {
        return new SyncOptions(http, freeSpace, reserveBytes, deadline, newWindow, newMinBytes, maxZipEntries,
                clock);
    }

    public SyncOptions withMaxZipEntries(int newMax) {
        return new SyncOptions(http, freeSpace, reserveBytes, deadline, stallWindow, stallMinBytes, newMax, clock);
    }

    public SyncOptions withClock(Clock newClock) {
        return new SyncOptions(http, freeSpace, reserveBytes, deadline, stallWindow, stallMinBytes, maxZipEntries,
                newClock);
    }

    /** Usable bytes on the disk holding {@code dir}. */
    @FunctionalInterface
    public interface FreeSpace {
        long usableBytes(Path dir) throws IOException;
    }
}

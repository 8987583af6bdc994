package org.hallkiosk.config;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Watches the kiosk-config folder while the kiosk runs and calls {@code onChange} once an edit has settled
 * (editors write a file in several steps: wait for {@code settle} of quiet). The caller reloads and checks
 * the config; an invalid edit is refused there and the running layout stays.
 */
public final class ConfigWatcher implements AutoCloseable {

    private final WatchService watch;
    private final Thread thread;

    public ConfigWatcher(Path configDir, Duration settle, Runnable onChange) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        configDir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(() -> loop(settle, onChange), "config-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Duration settle, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = watch.take();
                drain(key);
                // Keep draining until the folder has been quiet for the settle time.
                WatchKey more;
                while ((more = watch.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    // one bad reload must not end hot reload for as long as the kiosk runs
                    BackgroundFailures.report("config reload", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt(); // closed: stop watching
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}

package org.hallkiosk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.DisplaySize;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.publish.ItemPictures;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.ui.ScreenshotRenderer;

/**
 * The review's pictures, drawn by the kiosk itself: the content under review is synced, verified like any
 * feed, into a scratch kiosk (the built-in layout, a data folder of its own) and each item's screen is
 * rendered by {@link ScreenshotRenderer}, then made half as wide to keep the review light. Wired here because
 * publish does not import the screens.
 */
final class ReviewPictures implements ItemPictures {

    private final DisplaySize screen;

    ReviewPictures(DisplaySize screen) {
        this.screen = screen;
    }

    @Override
    public Map<String, Path> draw(Path feed, PublicKey key, List<String> ids, Path dir) throws IOException {
        Path scratch = Files.createTempDirectory("hall-kiosk-review-kiosk");
        try {
            Path config = Files.createDirectories(scratch.resolve("kiosk-config"));
            Path data = scratch.resolve("data");
            Files.writeString(config.resolve("feed-public-key.pem"), Ed25519Keys.toPem(key), StandardCharsets.US_ASCII);
            Files.writeString(config.resolve(ConfigLoader.SETTINGS_FILE), "hall_name: 发布前审看\nfeed:\n  url: \""
                    + feed.toAbsolutePath().toString().replace("\\", "/") + "\"\n  public_key: feed-public-key.pem\n"
                    + "data_dir: \"" + data.toAbsolutePath().toString().replace("\\", "/") + "\"\n",
                    StandardCharsets.UTF_8);
            Files.writeString(config.resolve("layout.yaml"), builtInLayout(), StandardCharsets.UTF_8);
            syncInto(config, data);
            return ScreenshotRenderer.renderItems(config, data, ids, dir, screen.width(), screen.height(),
                    screen.width() / 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the review's pictures", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the screens did not render: " + e.getMessage(), e);
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * The layout built into the program without its hot searches: they are the sample hall's words, and the
     * home screen would log each one the content under review does not find.
     */
    private static String builtInLayout() throws IOException {
        try (InputStream layout = ConfigLoader.class.getResourceAsStream(ConfigLoader.EMBEDDED_ROOT + "layout.yaml")) {
            if (layout == null) {
                throw new IOException("the built-in layout.yaml is missing from the program");
            }
            return new String(layout.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?m)^hot_searches:.*$", "hot_searches: []");
        }
    }

    /** The content under review into the scratch mirror, verified as a kiosk verifies a feed. */
    private static void syncInto(Path config, Path data) throws IOException {
        KioskConfig settings;
        try {
            settings = ConfigLoader.load(config);
        } catch (ConfigException e) {
            throw new IOException(e.getMessage(), e);
        }
        try (Mirror mirror = Mirror.open(data)) {
            SyncReport report = new SyncService(settings, mirror, SyncOptions.of(settings))
                    .sync(null, SyncService.TRIGGER_COMMAND, SyncProgress.Listener.NONE, () -> false);
            if (!report.succeeded()) {
                throw new IOException(report.outcome() + ": " + report.reason());
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}

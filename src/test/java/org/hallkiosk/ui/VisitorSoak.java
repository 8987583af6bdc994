package org.hallkiosk.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.config.Layout;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.config.UncaughtLogging;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.sync.SyncEngine;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncProgress;
import org.hallkiosk.testing.TestFeed;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long visit by many random visitors against the real screens: taps on whatever the current screen offers
 * (tiles, list rows, pages, the keyboard, the display switches, links in the reader), back, home, scrolling
 * and idle resets, with a sync from a folder feed that alternates between two publications every
 * {@code syncEvery} actions, running beside the visitor as the kiosk's schedule would. Prints the heap after
 * a full GC every 1,000 actions. Exceptions count: SEVERE log records (uncaught ones included) and failed
 * actions.
 * <p>By default the shell's scene is laid out and styled but not shown: under Monocle's software renderer a
 * shown scene fills Prism's texture pool (screen-sized int[] surfaces, freed only when the pool prunes), which
 * hides the heap of the screens themselves. {@code -Dsoak.render=true} shows it in a stage instead.
 */
final class VisitorSoak implements AutoCloseable {

    /** Figures of one run. */
    record Result(int actions, int syncs, int failedSyncs, int exceptions, int backgroundFailures, List<Double> heapMiB,
                  double slopeMiBPer1000, String integrity, int items, int publishedItems, double seconds,
                  Map<String, Integer> screens, Reloads reloads) {
    }

    /** The hot reloads of one run: edits, those a visit ending by itself applied, old shells and how many were collected. */
    record Reloads(int edits, int appliedDuringVisit, int oldShells, int collected) {
        static final Reloads NONE = new Reloads(0, 0, 0, 0);
    }

    static final int EXTRA_NOTICES = 30;

    private final Path root;
    private final TestFeed feed;
    final Mirror mirror;
    final Layout layout;
    final UiTaskExecutor tasks = UiTaskExecutor.forFx();
    private final SyncEngine engine;
    private final ExecutorService syncer = Executors.newSingleThreadExecutor();
    private final AtomicInteger severe = new AtomicInteger();
    private final AtomicInteger background = new AtomicInteger();
    private final Handler counter = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.incrementAndGet();
                if (BackgroundFailures.LOGGER.equals(r.getLoggerName())) {
                    background.incrementAndGet();
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private long sequence;

    static final boolean RENDER = Boolean.getBoolean("soak.render");

    /** Puts the shell in a scene: shown in {@code stage} with {@link #RENDER}, else laid out off screen. */
    static Scene place(Stage stage, KioskShell shell) {
        Scene scene = new Scene(shell, 1280, 800);
        shell.applyTheme(shell);
        if (RENDER) {
            stage.setScene(scene);
            stage.show();
        }
        return scene;
    }

    VisitorSoak(Path root) throws Exception {
        this.root = root;
        this.feed = TestFeed.fromSample(root.resolve("publisher"));
        this.mirror = Mirror.open(root.resolve("data"));
        this.layout = LayoutLoader.load(Path.of("kiosk-config"));
        this.engine = new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT);
        Logger.getLogger("").addHandler(counter);
        UncaughtLogging.install();
        SyncReport first = publishAndSync();
        if (!first.succeeded()) {
            throw new IllegalStateException("the first sync failed: " + first.reason());
        }
    }

    Path dataDir() {
        return root.resolve("data");
    }

    /** Hot reloads of a kiosk-config folder written for this soak's feed and mirror (see {@link SoakReloads}). */
    SoakReloads hotReloads() throws Exception {
        return new SoakReloads(root.resolve("kiosk-config"), feed, this);
    }

    /** Publication A (the sample) and B (the sample and some more notices), in turn. */
    private SyncReport publishAndSync() throws Exception {
        sequence++;
        for (int i = 0; i < EXTRA_NOTICES; i++) {
            String id = "tzgg-soak-" + i;
            if (sequence % 2 == 0) {
                feed.putItem(TestFeed.notice(id, "浸泡测试通知第" + i + "号（示例）", "tzgg"));
            } else if (sequence > 1) {
                feed.removeItem(id);
            }
        }
        feed.publish(sequence);
        return engine.run(new FolderFeedSource(feed.dir()), "soak", SyncProgress.Listener.NONE, () -> false);
    }

    /** Runs {@code actions} random actions on {@code shell}, which shows {@link #mirror} in a stage. */
    Result run(KioskShell shell, int actions, int syncEvery, long seed, PrintStream out) throws Exception {
        return run(shell.getScene(), actions, syncEvery, null, 0, seed, out);
    }

    /**
     * Runs {@code actions} random actions on the shell {@code scene} shows; with {@code reloads}, a config edit
     * every {@code reloadEvery} actions, applied by the time half as many more have run.
     */
    Result run(Scene scene, int actions, int syncEvery, SoakReloads reloads, int reloadEvery, long seed,
               PrintStream out) throws Exception {
        Random random = new Random(seed);
        KioskShell shell = FxWait.onFx(() -> (KioskShell) scene.getRoot());
        List<Double> heap = new ArrayList<>();
        int failedActions = 0;
        int syncs = 0;
        int failedSyncs = 0;
        Future<SyncReport> sync = null;
        Map<String, Integer> screens = new TreeMap<>();
        long t0 = System.nanoTime();
        for (int n = 1; n <= actions; n++) {
            try {
                KioskShell shown = shell;
                WaitForAsyncUtils.asyncFx(() -> {
                    Thread.currentThread().setUncaughtExceptionHandler(UncaughtLogging::log);
                    act(shown, random);
                    shown.applyCss(); // a pulse's CSS and layout, also when the scene is not rasterized
                    shown.layout();
                    return null;
                }).get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                failedActions++;
                out.println("action " + n + " failed: " + e);
            }
            settle();
            KioskShell shown = shell;
            screens.merge(FxWait.onFx(() -> shown.context().navigator().place().get().getClass().getSimpleName()), 1,
                    Integer::sum);
            if (reloads != null && n % reloadEvery == 0) {
                reloads.edit(shell);
            } else if (reloads != null && n % reloadEvery == reloadEvery / 2) {
                shell = reloads.awaitApplied(scene);
            }
            if (n % syncEvery == 0) {
                if (sync != null) {
                    failedSyncs += sync.get().succeeded() ? 0 : 1;
                }
                sync = syncer.submit(this::publishAndSync);
                syncs++;
            }
            if (n % 1000 == 0) {
                heap.add(heapAfterGc());
                out.printf("actions %,6d  heap after GC %6.1f MiB  depth %d  %.0f s%s%n", n, heap.get(heap.size() - 1),
                        shell.context().navigator().depth(), (System.nanoTime() - t0) / 1e9, reloads == null ? ""
                                : String.format("  old shells collected %d of %d", reloads.collected(),
                                reloads.replaced()));
            }
        }
        if (sync != null) {
            failedSyncs += sync.get().succeeded() ? 0 : 1;
        }
        settle();
        Reloads reloaded = Reloads.NONE;
        if (reloads != null) {
            shell = reloads.awaitApplied(scene); // and nothing here holds the one it replaced
            heapAfterGc();
            reloaded = new Reloads(reloads.edits(), reloads.appliedDuringVisit(), reloads.replaced(),
                    reloads.collected());
        }
        String integrity = mirror.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
        return new Result(actions, syncs, failedSyncs, severe.get() + failedActions, background.get(), heap, slope(heap),
                integrity, mirror.items().counts().items(), feed.publishedItemHashes().size(),
                (System.nanoTime() - t0) / 1e9, screens, reloaded);
    }

    /** One visitor action on the FX thread. */
    private void act(KioskShell shell, Random random) {
        Navigator nav = shell.context().navigator();
        int roll = random.nextInt(100);
        if (roll < 5) {
            nav.back();
        } else if (roll < 8) {
            nav.home();
        } else if (roll < 9) {
            nav.reset(); // what the idle guard does when nobody touches the screen
        } else if (roll < 15) {
            List<ScrollPane> panes = visible(shell, ScrollPane.class);
            if (!panes.isEmpty()) {
                panes.get(random.nextInt(panes.size())).setVvalue(random.nextDouble()); // reading on
            }
        } else {
            List<Node> targets = new ArrayList<>();
            for (Node n : shell.lookupAll("*")) {
                boolean target = n instanceof ButtonBase || n.getStyleClass().contains("item-row")
                        || "searchBar".equals(n.getId());
                if (target && shown(n) && !n.isDisabled() && !excluded(n)) {
                    targets.add(n);
                }
            }
            if (!targets.isEmpty()) {
                tap(targets.get(random.nextInt(targets.size())));
            }
        }
    }

    /** Print and read-aloud start devices and processes; the soak is about the screens. */
    private static boolean excluded(Node n) {
        String id = String.valueOf(n.getId()).toLowerCase();
        return id.contains("print") || id.contains("speak") || id.contains("readaloud") || id.contains("staff");
    }

    private static <T extends Node> List<T> visible(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (type.isInstance(n) && shown(n)) {
                found.add(type.cast(n));
            }
        }
        return found;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** A button fires; anything else gets the click a still finger gives. */
    private static void tap(Node n) {
        if (n instanceof ButtonBase b) {
            b.fire();
            return;
        }
        Bounds b = n.getLayoutBounds();
        double x = b.getMinX() + b.getWidth() / 2;
        double y = b.getMinY() + b.getHeight() / 2;
        Event.fireEvent(n, new MouseEvent(MouseEvent.MOUSE_CLICKED, x, y, x, y, MouseButton.PRIMARY, 1, false,
                false, false, false, false, false, false, true, false, true, null));
    }

    /** Until the background work an action started has handed its result back. */
    private void settle() throws InterruptedException {
        for (int i = 0; i < 2000 && !tasks.idle(); i++) {
            Thread.sleep(1);
        }
        WaitForAsyncUtils.waitForFxEvents(1);
    }

    private static double heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** Least-squares slope of the heap samples after the first third (warm-up), in MiB per 1,000 actions. */
    static double slope(List<Double> heap) {
        List<Double> s = heap.subList(heap.size() / 3, heap.size());
        int n = s.size();
        if (n < 2) {
            return 0;
        }
        double mx = (n - 1) / 2.0;
        double my = s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - mx) * (s.get(i) - my);
            den += (i - mx) * (i - mx);
        }
        return num / den;
    }

    static void print(Result r, PrintStream out) {
        out.printf("soak (%s): %,d actions in %.0f s (%.1f ms each), %d syncs (%d failed)%n",
                RENDER ? "scene shown, software rendering" : "scene laid out, not rasterized", r.actions(), r.seconds(),
                r.seconds() * 1000 / r.actions(), r.syncs(), r.failedSyncs());
        out.printf("screens after each action: %s%n", r.screens());
        out.printf("heap after GC per 1,000 actions (MiB): %s%n", r.heapMiB().stream()
                .map(h -> String.format("%.1f", h)).toList());
        out.printf("heap slope after warm-up: %+.2f MiB per 1,000 actions%n", r.slopeMiBPer1000());
        out.printf("exceptions (SEVERE log records, uncaught, failed actions): %d; background failures: %d%n",
                r.exceptions(), r.backgroundFailures());
        if (r.reloads().edits() > 0) {
            out.printf("hot reloads: %d config edits, %d applied when a visit ended by itself, the rest at the idle"
                    + " reset; old shells collected after GC: %d of %d%n", r.reloads().edits(),
                    r.reloads().appliedDuringVisit(), r.reloads().collected(), r.reloads().oldShells());
        }
        out.printf("mirror: integrity_check %s, %d items, last publication %d items%n", r.integrity(), r.items(),
                r.publishedItems());
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(counter);
        syncer.shutdownNow();
        tasks.close();
        mirror.close();
    }
}

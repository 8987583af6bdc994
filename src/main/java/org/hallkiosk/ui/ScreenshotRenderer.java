package org.hallkiosk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.config.Layout;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.ui.design.DesignSource;
import org.hallkiosk.ui.design.DesignViewModel;
import org.hallkiosk.ui.design.DesignWindow;
import org.hallkiosk.ui.staff.StaffTools;

/**
 * Renders every screen of {@link ScreenTour} in every look to PNG. Without a display it runs JavaFX on
 * Monocle's headless platform (bundled in the jar), so it works on a build server as well as under xvfb.
 */
public final class ScreenshotRenderer {

    private ScreenshotRenderer() {
    }

    /** Starts JavaFX (headless when there is no display), renders, and shuts it down. Not on the FX thread. */
    public static List<Path> renderAll(Path configDir, Path dataDir, Path outDir, int width, int height)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        return withShell(configDir, dataDir, width, height, (shell, tasks) -> {
            List<Path> written = new ArrayList<>(render(shell, tasks, outDir));
            if (configDir != null && Files.isDirectory(configDir)) {
                written.addAll(renderDesigner(configDir, shell.context().mirror(), tasks, outDir));
            }
            return written;
        });
    }

    /**
     * The layout designer (design command) on {@code configDir}: {@code designer.png} with its fourth tile
     * chosen, and {@code designer-portrait-large.png} previewing a portrait kiosk in 长辈模式 with the last tile
     * chosen. Not on the FX thread.
     */
    static List<Path> renderDesigner(Path configDir, Mirror mirror, UiTaskExecutor tasks,
                                     Path outDir) throws IOException {
        var source = DesignSource.read(configDir);
        var opened = onFx(() -> {
            var o = DesignWindow.build(source, mirror, tasks,
                    Messages.get("design.content.data", mirror.dataDir()), 1600, 1000);
            Stage stage = new Stage();
            stage.setScene(o.scene());
            stage.show();
            o.vm().selected().set(Math.min(3, o.vm().layout().get().tiles().size() - 1));
            return o;
        });
        List<Path> written = new ArrayList<>();
        for (String name : List.of("designer", "designer-portrait-large")) {
            if (name.endsWith("large")) {
                onFx(() -> {
                    opened.vm().previewSize().set(DesignViewModel.SIZES.get(1));
                    opened.vm().previewText().set(Layout.TextSize.LARGE);
                    opened.vm().selected().set(opened.vm().layout().get().tiles().size() - 1);
                    return null;
                });
            }
            settle(tasks);
            settle(tasks); // the preview is rebuilt on the pulse after the content lands
            WritableImage image = onFx(() -> opened.scene().snapshot(null));
            Path out = outDir.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            written.add(out);
        }
        onFx(() -> {
            opened.view().dispose();
            opened.scene().getWindow().hide();
            return null;
        });
        return written;
    }

    /**
     * Every visitor screen of {@code configDir} (attract, home, a column, a policy, a guide, a search with
     * results and one without) in every look, on one contact-sheet PNG with captions. The column, items and
     * search come from the layout's tiles where they lead somewhere ({@link PreviewPicks}). {@code dataDir}
     * should not be a running kiosk's: a fresh folder gets the sample content.
     */
    public static List<ContactSheet.Cell> renderContactSheet(Path configDir, Path dataDir, Path out, int width,
                                                             int height, String where)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        return withShell(configDir, dataDir, width, height, (shell, tasks) -> {
            List<PreviewPicks.Screen> screens = PreviewPicks.screens(shell.context().layout(),
                    shell.context().mirror());
            double scale = ContactSheet.scale(width, height);
            int cellWidth = (int) Math.round(width * scale);
            // Landscape screens stack down the sheet, one row a screen; portrait ones go across, one row a look.
            boolean across = height > width;
            List<ContactSheet.Shot> shots = new ArrayList<>();
            for (int si = 0; si < screens.size(); si++) {
                PreviewPicks.Screen screen = screens.get(si);
                for (int li = 0; li < ScreenTour.LOOKS.size(); li++) {
                    ScreenTour.Look look = ScreenTour.LOOKS.get(li);
                    visit(shell, tasks, screen.stop(), look);
                    WritableImage image = onFx(() -> shell.getScene().snapshot(null));
                    shots.add(new ContactSheet.Shot(across ? li : si, across ? si : li,
                            screen.caption() + " · " + lookCaption(look),
                            Downscale.toWidth(SwingFXUtils.fromFXImage(image, null), cellWidth)));
                }
            }
            String title = Messages.get("preview.sheetTitle", shell.context().hallName(),
                    width + "×" + height, where);
            return onFxChecked(() -> ContactSheet.write(title, shots, out));
        });
    }

    /**
     * Each item's screen (the reader, or the guide screen), as a visitor first sees it in the standard look,
     * {@code pictureWidth} pixels wide, one PNG an item in {@code outDir}. For the review before publishing:
     * {@code dataDir} holds the content under review.
     *
     * @return the file written for each id; an id the mirror does not hold is left out
     */
    public static Map<String, Path> renderItems(Path configDir, Path dataDir, List<String> ids, Path outDir,
                                                          int width, int height, int pictureWidth)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        return withShell(configDir, dataDir, width, height, (shell, tasks) -> {
            Files.createDirectories(outDir);
            Map<String, Path> written = new LinkedHashMap<>();
            for (String id : ids) {
                if (shell.context().mirror().items().item(id).isEmpty()) {
                    continue;
                }
                visit(shell, tasks, new ScreenTour.Stop(id, s -> {
                    s.context().navigator().home();
                    s.context().navigator().go(new Place.Item(id));
                }), ScreenTour.LOOKS.get(0));
                WritableImage image = onFx(() -> shell.getScene().snapshot(null));
                Path file = outDir.resolve(id.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
                ImageIO.write(Downscale.toWidth(SwingFXUtils.fromFXImage(image, null), pictureWidth), "png",
                        file.toFile());
                written.put(id, file);
            }
            return written;
        });
    }

    /** A look as a caption says it: text size and colours, in the kiosk's language. */
    static String lookCaption(ScreenTour.Look look) {
        String key = look.contrast() == Layout.Contrast.HIGH ? "preview.look.contrast"
                : look.textSize() == Layout.TextSize.LARGE ? "preview.look.large"
                : "preview.look.standard";
        return Messages.get(key);
    }

    private interface FxIo<T> {
        T run() throws IOException;
    }

    /** {@link #onFx} for work that writes files: its IOException reaches the caller as itself. */
    private static <T> T onFxChecked(FxIo<T> work) throws IOException {
        Object result = onFx(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                return e;
            }
        });
        if (result instanceof IOException e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T t = (T) result;
        return t;
    }

    private interface ShellWork<T> {
        T run(KioskShell shell, UiTaskExecutor tasks) throws IOException;
    }

    private static <T> T withShell(Path configDir, Path dataDir, int width, int height, ShellWork<T> work)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("headless.geometry", width + "x" + height + "-32");
        }
        KioskStartup startup = KioskStartup.open(configDir, dataDir);
        // The tour taps through the screens like a visitor; it must not count as one in the usage log.
        startup.mirror().muteUsage();
        UiTaskExecutor tasks = UiTaskExecutor.forFx();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        try {
            started.get(30, TimeUnit.SECONDS);
            KioskShell shell = onFx(() -> {
                KioskShell s = new KioskShell(startup.config().hallName(), startup.layout().layout(),
                        startup.mirror(), tasks, startup.problems(),
                        KioskAids.forSetting(startup.config().readAloud()));
                s.enableStaff(StaffTools.forKiosk(startup.config(), startup.sync(), () -> { },
                        new ArrayList<>()));
                Stage stage = new Stage();
                stage.setScene(new Scene(s, width, height));
                s.applyTheme(s);
                stage.show();
                return s;
            });
            try {
                return work.run(shell, tasks);
            } finally {
                onFx(() -> {
                    shell.dispose();
                    return null;
                });
            }
        } finally {
            tasks.close();
            Platform.exit();
            startup.mirror().close();
        }
    }

    /** Brings {@code shell} to each stop in each look and writes {@code NAME[-large|-contrast].png}. */
    public static List<Path> render(KioskShell shell, UiTaskExecutor tasks, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (ScreenTour.Look look : ScreenTour.LOOKS) {
            for (ScreenTour.Stop stop : ScreenTour.STOPS) {
                visit(shell, tasks, stop, look);
                WritableImage image = onFx(() -> shell.getScene().snapshot(null));
                Path file = outDir.resolve(stop.name() + look.suffix() + ".png");
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                written.add(file);
            }
        }
        onFx(() -> {
            shell.context().navigator().reset();
            return null;
        });
        return written;
    }

    /** Goes to a stop in a look and waits until its background loads have landed. Not on the FX thread. */
    public static void visit(KioskShell shell, UiTaskExecutor tasks, ScreenTour.Stop stop, ScreenTour.Look look) {
        onFx(() -> {
            shell.idleGuard().continueUsing();
            stop.go().accept(shell);
            look.apply(shell);
            return null;
        });
        settle(tasks);
        onFx(() -> {
            stop.then().accept(shell);
            return null;
        });
        settle(tasks);
    }

    static void settle(UiTaskExecutor tasks) {
        for (int i = 0; i < 200; i++) {
            if (Boolean.TRUE.equals(onFx(tasks::idle))) {
                break;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        onFx(() -> null); // one more turn so that results handed back have been laid out
    }

    static <T> T onFx(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer: " + e, e);
        }
    }
}

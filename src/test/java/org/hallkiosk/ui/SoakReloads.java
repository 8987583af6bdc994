package org.hallkiosk.ui;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.Layout;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.config.StaffSettings;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncService;
import org.hallkiosk.testing.TestFeed;
import org.hallkiosk.ui.staff.LiveConfig;

/**
 * Hot reloads in the soak, the way the kiosk does them: a kiosk-config folder of the soak's feed and mirror,
 * watched by {@link LiveConfig}, whose new shells come from the kiosk's own {@link ShellBuilder} (staff entry
 * included). An edit renames the hall; {@link LiveConfig} swaps the shell when the visit on screen ends and
 * disposes the old one. Each old shell is then held weakly, to count how many the collector took.
 */
final class SoakReloads implements AutoCloseable {

    static final String HALL = "浸泡测试大厅";

    private final Path configDir;
    private final KioskConfig config;
    private final Layout layout;
    private final StaffSettings staff;
    private final ShellBuilder shells;
    private final List<WeakReference<KioskShell>> replaced = new ArrayList<>();
    private LiveConfig live;
    private KioskShell beforeEdit;
    private int edits;
    private int appliedDuringVisit;

    /** Writes the config folder (the repository's layout.yaml, kiosk.yaml for {@code feed}) in {@code dir}. */
    SoakReloads(Path dir, TestFeed feed, VisitorSoak soak) throws Exception {
        this.configDir = feed.writeConfig(dir, feed.dir().toString(), soak.dataDir());
        Files.copy(Path.of("kiosk-config", "layout.yaml"), configDir.resolve("layout.yaml"));
        rename(HALL);
        this.config = ConfigLoader.load(configDir);
        this.layout = LayoutLoader.load(configDir);
        this.staff = StaffSettings.load(configDir);
        SyncService sync = new SyncService(config, soak.mirror, SyncOptions.of(config));
        this.shells = new ShellBuilder(soak.mirror, soak.tasks, KioskAids.none(), sync, () -> { });
    }

    /** The first shell, as the kiosk builds it at start; on the FX thread. */
    KioskShell firstShell() {
        return TestShells.track(shells.build(config.hallName(), layout, List.of(), config, staff, new Place.Attract()));
    }

    /** Starts watching the folder; {@code scene} shows the first shell. */
    void watch(Scene scene) throws IOException {
        live = new LiveConfig(configDir, scene, loaded -> TestShells.track(shells.build(loaded)), LiveConfig.SETTLE);
    }

    /** Renames the hall in kiosk.yaml, as staff editing the folder would; the shown shell waits for its visit. */
    void edit(KioskShell shown) throws IOException {
        edits++;
        beforeEdit = shown;
        rename(edits % 2 == 1 ? HALL + "（第二名称）" : HALL);
    }

    /**
     * The visit ends (the idle guard's reset) if the edit has not yet been applied by a visit ending on its own,
     * then waits until {@link LiveConfig} has put the new shell in the scene. Returns the shown shell.
     */
    KioskShell awaitApplied(Scene scene) {
        KioskShell old = beforeEdit;
        beforeEdit = null;
        if (old == null) {
            return FxWait.onFx(() -> (KioskShell) scene.getRoot());
        }
        if (FxWait.onFx(() -> scene.getRoot() != old)) {
            appliedDuringVisit++;
        } else {
            FxWait.onFx(() -> {
                old.context().navigator().reset();
                return null;
            });
        }
        FxWait.until("the edited config's shell", () -> scene.getRoot() != old);
        replaced.add(new WeakReference<>(old));
        return FxWait.onFx(() -> (KioskShell) scene.getRoot());
    }

    int edits() {
        return edits;
    }

    int appliedDuringVisit() {
        return appliedDuringVisit;
    }

    int replaced() {
        return replaced.size();
    }

    /** Old shells the collector has taken (call after a full GC). */
    int collected() {
        return (int) replaced.stream().filter(r -> r.get() == null).count();
    }

    private void rename(String hallName) throws IOException {
        Path kiosk = configDir.resolve("kiosk.yaml");
        String text = Files.readString(kiosk, StandardCharsets.UTF_8);
        Files.writeString(kiosk, text.replaceFirst("(?m)^hall_name: .*$", "hall_name: " + hallName),
                StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        if (live != null) {
            live.close();
        }
    }
}

package org.hallkiosk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.config.Layout;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.ui.staff.StaffTools;

/**
 * A real mirror holding the signed sample feed (imported as on a kiosk's first start) and the repository's
 * layout, for screen tests. One per test class: the import is the slow part.
 */
public final class SampleKiosk implements AutoCloseable {

    public final KioskStartup startup;
    public final UiTaskExecutor tasks = UiTaskExecutor.forFx();

    public SampleKiosk(Path dataDir) {
        this.startup = KioskStartup.open(Path.of("kiosk-config"), dataDir);
        if (!startup.problems().isEmpty()) {
            throw new IllegalStateException("the repository's config has problems: " + startup.problems());
        }
    }

    public Mirror mirror() {
        return startup.mirror();
    }

    public Layout layout() {
        return startup.layout().layout();
    }

    /** A shell on the FX thread; call from a TestFX {@code @Start} method. */
    public KioskShell shell(Layout layout) {
        KioskShell shell = TestShells.build(startup.config().hallName(), layout, mirror(), tasks, List.of());
        shell.enableStaff(staffTools(() -> { }));
        return shell;
    }

    /** The staff entry on the repository's config (its staff.yaml, if any), leaving by {@code leave}. */
    public StaffTools staffTools(Runnable leave) {
        return StaffTools.forKiosk(startup.config(), startup.sync(), leave,
                new ArrayList<>());
    }

    /** The usage events logged so far, as "kind|item|query|count". */
    public List<String> usage() {
        return mirror().read(c -> {
            List<String> out = new ArrayList<>();
            try (var s = c.createStatement();
                 var rs = s.executeQuery("SELECT kind, item_id, query, result_count FROM usage_events ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
                }
            }
            return out;
        });
    }

    @Override
    public void close() {
        tasks.close();
        mirror().close();
    }
}

package org.hallkiosk.ui.design;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.Layout;
import org.hallkiosk.config.LayoutFile;
import org.hallkiosk.config.LayoutLoader;

/**
 * What the designer opens: the config folder, its layout.yaml's text (whose comments a save keeps), the
 * layout to start from and the hall's name. A layout.yaml that does not load is not lost silently: the
 * designer starts from the built-in layout and shows why.
 */
public record DesignSource(Path configDir, String original, Layout layout, String hallName,
                           List<ConfigProblem> problems) {

    public DesignSource {
        problems = List.copyOf(problems);
    }

    /** Reads the folder. Disk: not on the FX thread. */
    public static DesignSource read(Path configDir) throws IOException {
        String original = LayoutFile.read(configDir);
        Layout layout;
        List<ConfigProblem> problems = List.of();
        try {
            layout = LayoutLoader.load(configDir);
        } catch (ConfigException e) {
            layout = LayoutLoader.builtIn();
            problems = e.problems();
        }
        String hall;
        try {
            hall = ConfigLoader.load(configDir).hallName();
        } catch (ConfigException e) {
            try {
                hall = ConfigLoader.load(null).hallName();
            } catch (ConfigException builtInBroken) {
                throw new IllegalStateException("the built-in settings do not load", builtInBroken);
            }
        }
        return new DesignSource(configDir, original, layout, hall, problems);
    }
}

package org.hallkiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.mirror.Mirror;

/**
 * A new text for a config folder's {@code layout.yaml}: checked exactly as {@code check-config DIR --data DATA}
 * would check the folder with that text in place, and written only when the check passes. The file is
 * replaced in one move, so a running kiosk's {@link ConfigWatcher} sees a whole file and reloads it as after
 * any edit.
 */
public final class LayoutFile {

    private LayoutFile() {
    }

    /** The folder's layout.yaml as text, or null when it has none. Disk: not on the FX thread. */
    public static String read(Path configDir) throws IOException {
        Path p = configDir.resolve(LayoutLoader.LAYOUT_FILE);
        return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    }

    /**
     * What check-config would say of {@code configDir} with {@code layoutText} as its layout.yaml: the other
     * files' problems, the text's, and (with a mirror, as with {@code --data}) every tile and hot search that
     * leads nowhere in its content. Empty when the folder would pass. Reads the disk and the mirror.
     */
    public static List<ConfigProblem> check(Path configDir, String layoutText, Mirror mirror) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (ConfigProblem p : ConfigFolder.problems(configDir)) {
            if (!p.file().equals(LayoutLoader.LAYOUT_FILE)) {
                problems.add(p); // the layout's own are those of the new text, below
            }
        }
        Layout layout = null;
        try {
            layout = LayoutLoader.parse(layoutText.getBytes(StandardCharsets.UTF_8), LayoutLoader.LAYOUT_FILE);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        if (problems.isEmpty() && mirror != null && layout != null) {
            problems.addAll(LayoutReach.problems(layout, mirror));
        }
        return problems;
    }

    /**
     * Checks {@code layoutText} as {@link #check} does and, when nothing is wrong, replaces the folder's
     * layout.yaml with it. Returns the problems; the file is untouched unless the list is empty.
     */
    public static List<ConfigProblem> save(Path configDir, String layoutText, Mirror mirror) throws IOException {
        List<ConfigProblem> problems = check(configDir, layoutText, mirror);
        if (!problems.isEmpty()) {
            return problems;
        }
        Path target = configDir.resolve(LayoutLoader.LAYOUT_FILE);
        Path tmp = configDir.resolve(LayoutLoader.LAYOUT_FILE + ".tmp");
        Files.writeString(tmp, layoutText, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return problems;
    }
}

package org.hallkiosk.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every problem of a kiosk-config folder at once: kiosk.yaml, layout.yaml and staff.yaml. */
public final class ConfigFolder {

    private ConfigFolder() {
    }

    /** The problems of {@code dir}'s files, empty when all of them load. */
    public static List<ConfigProblem> problems(Path dir) {
        List<ConfigProblem> problems = new ArrayList<>();
        try {
            ConfigLoader.load(dir);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        try {
            LayoutLoader.load(dir);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        try {
            StaffSettings.load(dir);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }
}

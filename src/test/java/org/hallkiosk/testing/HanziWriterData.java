package org.hallkiosk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Make Me a Hanzi's stroke medians as the npm package {@code hanzi-writer-data@2.0.1} carries them (ARPHIC
 * Public License), the handwriting tests' ink: strokes in writing order that owe nothing to the Zinnia model.
 * {@code scripts/install-test-deps.sh} unpacks the package into {@code ~/.cache/hall-kiosk/}; {@code
 * -Dhallkiosk.hanziWriterData=DIR} names another copy (the folder holding {@code 中.json}).
 *
 * <p>Coordinates in the files are in a 1024-unit box with y pointing up and the baseline at 900 - 1024;
 * {@link #medians} turns them to y down, 0..1024 (y' = 900 - y).
 */
public final class HanziWriterData {

    public static final String VERSION = "2.0.1";
    public static final String PROPERTY = "hallkiosk.hanziWriterData";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    private HanziWriterData(Path dir) {
        this.dir = dir;
    }

    /** The unpacked package, if installed. */
    public static Optional<HanziWriterData> find() {
        String named = System.getProperty(PROPERTY);
        Path dir = named != null && !named.isBlank() ? Path.of(named)
                : Path.of(System.getProperty("user.home"), ".cache", "hall-kiosk",
                        "hanzi-writer-data-" + VERSION, "package");
        return Files.isRegularFile(dir.resolve("中.json")) ? Optional.of(new HanziWriterData(dir)) : Optional.empty();
    }

    public Path dir() {
        return dir;
    }

    /** The medians of {@code character}, stroke by stroke, points {x, y} with y down; empty if not in the data. */
    public List<double[][]> medians(String character) throws IOException {
        Path file = dir.resolve(character + ".json");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root = JSON.readTree(file.toFile());
        List<double[][]> strokes = new ArrayList<>();
        for (JsonNode stroke : root.path("medians")) {
            double[][] points = new double[stroke.size()][];
            for (int i = 0; i < stroke.size(); i++) {
                points[i] = new double[] {stroke.get(i).get(0).asDouble(), 900 - stroke.get(i).get(1).asDouble()};
            }
            strokes.add(points);
        }
        return strokes;
    }
}

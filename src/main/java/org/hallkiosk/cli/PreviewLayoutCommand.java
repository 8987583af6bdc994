package org.hallkiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hallkiosk.config.ConfigFolder;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.ScreenshotRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code preview-layout CONFIG_DIR OUT.png}: the home screen a config folder would show, as a PNG, before it
 * is copied to the kiosk. Runs on a fresh data folder with the sample content, so a running kiosk and its
 * mirror are never touched. An invalid folder is refused with its problems, as check-config prints them.
 */
@Command(name = "preview-layout", description = "Render the home screen of a config folder to PNG, without touching the running kiosk.")
public final class PreviewLayoutCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG_DIR", description = "the kiosk-config folder to preview")
    Path configDir;

    @Parameters(index = "1", paramLabel = "OUT.png", description = "the PNG file to write")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", converter = ScreenSize.Converter.class,
            description = "screen size in pixels (default 1920x1080)")
    ScreenSize size = new ScreenSize(1920, 1080);

    @Override
    public Integer call() throws Exception {
        List<ConfigProblem> problems = ConfigFolder.problems(configDir);
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.err.println(Messages.get("preview.refused", problems.size()));
            return 1;
        }
        Path data = Files.createTempDirectory("hall-kiosk-preview");
        try {
            ScreenshotRenderer.renderHome(configDir, data, out, size.width(), size.height());
        } finally {
            deleteTree(data);
        }
        System.out.println(Messages.get("preview.done", out));
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package org.hallkiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.ConfigFolder;
import org.hallkiosk.config.ConfigLoader;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.DisplaySize;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.ui.ContactSheet;
import org.hallkiosk.ui.ScreenshotRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code preview-layout CONFIG_DIR OUT.png}: every visitor screen a config folder would show (attract, home, a
 * column, a policy, a guide, a search, nothing found), in standard text, 长辈模式 and high contrast, at the
 * config's {@code screen_size}, as one contact sheet, before the folder is copied to a kiosk. Runs on a fresh
 * data folder with the sample content, or on a copy of {@code --data}'s mirror, so a running kiosk and its
 * mirror are never touched. An invalid folder is refused with its problems, as check-config prints them.
 */
@Command(name = "preview-layout", description = "Render every visitor screen of a config folder, in every look, "
        + "as one contact-sheet PNG, without touching the running kiosk.")
public final class PreviewLayoutCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG_DIR", description = "the kiosk-config folder to preview")
    Path configDir;

    @Parameters(index = "1", paramLabel = "OUT.png", description = "the PNG file to write")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", converter = ScreenSize.Converter.class,
            description = "screen size in pixels (default: screen_size of kiosk.yaml, else 1920x1080)")
    ScreenSize size;

    @Option(names = "--data", paramLabel = "DIR", description = "show this kiosk data folder's content (a copy of "
            + "its mirror is used; the folder is not changed) instead of the sample content")
    Path data;

    @Override
    public Integer call() throws Exception {
        List<ConfigProblem> problems = ConfigFolder.problems(configDir);
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.err.println(Messages.get("preview.refused", problems.size()));
            return 1;
        }
        if (data != null && !Files.isRegularFile(data.resolve(Mirror.DB_FILE))) {
            System.err.println(Messages.get("cli.noMirror", data.toAbsolutePath().normalize().toString()));
            return 1;
        }
        DisplaySize screen = size != null ? new DisplaySize(size.width(), size.height()) : configured(configDir);
        Path scratch = Files.createTempDirectory("hall-kiosk-preview");
        try {
            if (data != null) {
                copyMirror(data, scratch);
            }
            List<ContactSheet.Cell> cells = ScreenshotRenderer.renderContactSheet(configDir, scratch, out,
                    screen.width(), screen.height(), configDir.normalize().toString());
            cells.forEach(c -> System.out.println(c.caption()));
            System.out.println(Messages.get("preview.done", out, Integer.toString(cells.size()),
                    screen.width() + "×" + screen.height()));
        } finally {
            deleteTree(scratch);
        }
        return 0;
    }

    /** The screen the config names; the folder has passed the check, so it loads. */
    private static DisplaySize configured(Path configDir) throws ConfigException {
        return ConfigLoader.load(configDir).screenSize();
    }

    /**
     * The kiosk's mirror (with its write-ahead log, so what a running kiosk has applied is in it) copied into the
     * scratch folder; the preview then writes nothing where the kiosk lives. Attachments are not copied: the
     * screens previewed show none.
     */
    private static void copyMirror(Path from, Path to) throws IOException {
        for (String suffix : List.of("", "-wal")) {
            Path f = from.resolve(Mirror.DB_FILE + suffix);
            if (Files.isRegularFile(f)) {
                Files.copy(f, to.resolve(Mirror.DB_FILE + suffix), StandardCopyOption.REPLACE_EXISTING);
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

package org.hallkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.publish.Importer;
import org.hallkiosk.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * publish --review draws each new and changed item as the kiosk shows it (the kiosk's own screens, in a process
 * of its own as JavaFX starts once a process) and the page shows those pictures; a withdrawn item has none.
 */
class ReviewPicturesTest {

    @TempDir
    Path tmp;

    @Test
    void theReviewShowsEachNewAndChangedItemAsTheKioskDrawsIt() throws Exception {
        Path content = tmp.resolve("content");
        Path out = tmp.resolve("out");
        new Importer(content, null, null).importFiles(List.of(Path.of("assets/catalogue-example.csv")));
        List<String> ids;
        try (Stream<Path> items = Files.list(content.resolve("items"))) {
            ids = items.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
        }
        assertThat(ids).hasSizeGreaterThan(2);

        // a folder: index.html and pictures/
        Path folder = tmp.resolve("审看");
        run("first", "publish", content.toString(), out.toString(), "--review", folder.toString(),
                "--review-size", "1280x800");
        String index = Files.readString(folder.resolve("index.html"));
        for (String id : ids) {
            Path picture = folder.resolve("pictures/" + id + ".png");
            assertThat(picture).exists();
            assertThat(index).contains("<img src=\"pictures/" + id + ".png\"");
            BufferedImage image = ImageIO.read(picture.toFile());
            assertThat(image.getWidth()).isEqualTo(640); // half the screen: the page stays light
            assertThat(image.getHeight()).isEqualTo(400);
        }
        assertThat(index).contains("在查询机上的样子（1280×800");
        try (Stream<Path> pictures = Files.list(folder.resolve("pictures"))) {
            assertThat(pictures.mapToLong(p -> p.toFile().length()).sum()).as("kept small").isLessThan(ids.size() * 300_000L);
        }

        // sign it, then change one item and withdraw another: only the changed one is drawn, beside OUT.html
        Path key = Files.writeString(tmp.resolve("private.pem"), Ed25519Keys.toPem(Ed25519Keys.generate().getPrivate()));
        run("publish", "publish", content.toString(), out.toString(), "--key", key.toString());
        String changed = ids.get(0);
        String withdrawn = ids.get(1);
        Path changedFile = content.resolve("items/" + changed + ".json");
        ObjectNode item = (ObjectNode) FeedJson.MAPPER.readTree(changedFile.toFile());
        item.put("title", "改过的标题（审看测试）");
        Files.write(changedFile, FeedJson.MAPPER.writeValueAsBytes(item));
        Files.delete(content.resolve("items/" + withdrawn + ".json"));
        Path page = tmp.resolve("review.html");
        run("second", "publish", content.toString(), out.toString(), "--review", page.toString());
        String html = Files.readString(page);
        assertThat(tmp.resolve("review_files/" + changed + ".png")).exists();
        assertThat(html).contains("<img src=\"review_files/" + changed + ".png\"").contains("改过的标题（审看测试）");
        try (Stream<Path> pictures = Files.list(tmp.resolve("review_files"))) {
            assertThat(pictures.map(p -> p.getFileName().toString())).containsExactly(changed + ".png");
        }
        assertThat(html).doesNotContain(withdrawn + ".png");
        assertThat(ImageIO.read(tmp.resolve("review_files/" + changed + ".png").toFile()).getWidth()).isEqualTo(960);
    }

    private void run(String name, String... args) throws Exception {
        Process p = ChildJvm.start(tmp.resolve(name + ".out"), tmp.resolve(name + ".err"), args);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve(name + ".err"))).isZero();
    }
}

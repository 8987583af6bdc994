package org.hallkiosk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample is the worked example of publishing: assets/sample-content is exactly what importing the
 * seed page and then the catalogue of assets/sample-source gives (scripts/rebuild-sample.sh does both and signs).
 */
class SampleSourceTest {

    private static final Path SOURCE = Path.of("assets/sample-source");
    private static final Path SEED = Path.of("assets/import-example/jinan-veterans-2024-disclosure-work-plan.txt");
    private static final Path SAMPLE = Path.of("assets/sample-content");

    @TempDir
    Path tmp;

    @Test
    void theSampleContentIsWhatImportingItsSourcesGives() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.copy(SOURCE.resolve("feed.json"), content.resolve("feed.json"));
        new Importer(content, null, null).importFiles(List.of(SEED));
        Importer.Result result = new Importer(content, null, null).importFiles(List.of(SOURCE.resolve("目录.csv")));

        assertThat(result.ids()).hasSize(28);
        Map<String, JsonNode> rebuilt = items(content);
        Map<String, JsonNode> shipped = items(SAMPLE);
        assertThat(rebuilt.keySet()).isEqualTo(shipped.keySet());
        for (String id : shipped.keySet()) {
            assertThat(rebuilt.get(id)).as(id).isEqualTo(shipped.get(id));
        }
        assertThat(files(content)).isEqualTo(files(SAMPLE));
    }

    @Test
    void theSeedKeepsItsPageTextAndTheCatalogueAddsWhatAPageCannotSay() throws Exception {
        JsonNode seed = items(SAMPLE).get("zcwj-2024-00131");
        assertThat(seed.path("doc_no").asText()).isEqualTo("济退役军人发〔2024〕17号");
        assertThat(seed.path("body").asText()).contains("（十三）打造高品质政务公开线下阵地");
        assertThat(seed.path("summary").asText()).isNotEmpty();
        assertThat(seed.path("related").toString()).contains("zcjd-2024-00131");
        JsonNode guide = items(SAMPLE).get("bszn-ydz-sl");
        assertThat(guide.path("materials").get(0).path("blank_form").asText())
                .isEqualTo("bszn-ydz-sl/退役军人和其他优抚对象优待证申请表（空白表格）.png");
        assertThat(guide.path("faq")).isNotEmpty();
    }

    private static Map<String, JsonNode> items(Path content) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(content.resolve("items"))) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString().replaceFirst("\\.json$", ""), FeedJson.MAPPER.readTree(f.toFile()));
            }
        }
        return out;
    }

    /** Every attachment by its path under files/, with its bytes' hash. */
    private static Map<String, String> files(Path content) throws Exception {
        Map<String, String> out = new TreeMap<>();
        Path root = content.resolve("files");
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Hashes.sha256(f));
            }
        }
        return out;
    }
}

package org.hallkiosk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.FeedWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed template and the CSV example import as they are, and publish. */
class CatalogueTemplateTest {

    @TempDir
    Path tmp;

    @Test
    void theTemplateAndTheCsvExampleImportTheSameFourItems() throws Exception {
        Path fromXlsx = tmp.resolve("xlsx");
        Path fromCsv = tmp.resolve("csv");
        Importer.Result x = new Importer(fromXlsx, null, null)
                .importFiles(List.of(Path.of("assets/catalogue-template.xlsx")));
        Importer.Result c = new Importer(fromCsv, null, null)
                .importFiles(List.of(Path.of("assets/catalogue-example.csv")));
        assertThat(x.ids()).hasSize(4).containsExactlyElementsOf(c.ids());
        assertThat(x.warnings()).isEmpty();
        for (String id : x.ids()) {
            assertThat(Files.readString(fromXlsx.resolve("items/" + id + ".json")))
                    .isEqualTo(Files.readString(fromCsv.resolve("items/" + id + ".json")));
        }
        JsonNode guide = FeedJson.MAPPER.readTree(fromXlsx.resolve("items/" + x.ids().get(2) + ".json").toFile());
        assertThat(guide.path("materials")).hasSize(2);
        assertThat(guide.path("steps")).hasSize(2);
        JsonNode interpretation = FeedJson.MAPPER.readTree(fromXlsx.resolve("items/zcjd-2024-00053.json").toFile());
        assertThat(interpretation.path("interprets").asText()).isEqualTo("zcwj-2024-00052");
        assertThat(FeedWriter.publish(fromXlsx, tmp.resolve("out"), Ed25519Keys.generate().getPrivate(), null)
                .items()).isEqualTo(4);
    }

    @Test
    void writingTheTemplateAgainGivesTheSameSheets() throws Exception {
        Path again = tmp.resolve("again.xlsx");
        CatalogueTemplate.write(again);
        var committed = SheetTables.read(Path.of("assets/catalogue-template.xlsx"));
        var written = SheetTables.read(again);
        assertThat(written.keySet()).containsExactly("目录", "材料", "流程").isEqualTo(committed.keySet());
        for (String sheet : written.keySet()) {
            assertThat(written.get(sheet).rows().stream().map(Table.Row::cells).toList())
                    .isEqualTo(committed.get(sheet).rows().stream().map(Table.Row::cells).toList());
        }
        try (Stream<Path> none = Files.list(tmp)) {
            assertThat(none).hasSize(1);
        }
    }
}

package org.hallkiosk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.content.Validity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The item format of feed-format.md, field by field, against the real sample items. */
class ItemReaderTest {

    static ObjectNode sample(String id) throws Exception {
        return (ObjectNode) FeedJson.MAPPER.readTree(
                Files.readAllBytes(Path.of("assets/sample-content/items/" + id + ".json")));
    }

    /** The sample content names attachments by file; a feed names them by hash. */
    static ObjectNode asFeedItem(ObjectNode item) {
        item.remove("attachments");
        item.withArray("materials").forEach(m -> {
            ((ObjectNode) m).remove("blank_form");
            ((ObjectNode) m).remove("sample");
        });
        return item;
    }

    static Item read(ObjectNode node) throws FeedException {
        return ItemReader.read(node, "items/" + node.path("id").asText() + ".json");
    }

    @Test
    void readsTheRealSeedPolicyWithItsDisclosureElements() throws Exception {
        Item seed = read(asFeedItem(sample("zcwj-2024-00131")));
        assertThat(seed.type()).isEqualTo(ItemType.POLICY);
        assertThat(seed.policy().issuer()).isEqualTo("济南市退役军人事务局");
        assertThat(seed.policy().writtenAt()).hasToString("2024-06-18");
        assertThat(seed.policy().classification()).isEqualTo("政务公开实施方案");
        assertThat(seed.policy().validity()).isEqualTo(Validity.EFFECTIVE);
    }

    @Test
    void readsAGuideWithMaterialsStepsAndLimits() throws Exception {
        Item guide = read(asFeedItem(sample("bszn-ydz-sl")));
        assertThat(guide.body()).isNull();
        assertThat(guide.guide().materials()).isNotEmpty();
        assertThat(guide.guide().materials()).allSatisfy(m -> assertThat(m.name()).isNotBlank());
        assertThat(guide.guide().steps()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(guide.guide().timeLimit().promisedDays()).isNotNull();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
        "zcwj-2024-00131, index_no", "zcwj-2024-00131, issuer", "zcwj-2024-00131, written_at",
        "zcwj-2024-00131, validity", "zcwj-2024-00131, body", "zcwj-2024-00131, title",
        "zcwj-2024-00131, columns", "zcwj-2024-00131, published_at", "zcwj-2024-00131, updated_at",
        "zcjd-2024-00131, interprets", "bszn-ydz-sl, service_object", "bszn-ydz-sl, basis",
        "bszn-ydz-sl, conditions", "bszn-ydz-sl, materials", "bszn-ydz-sl, steps", "bszn-ydz-sl, time_limit",
        "bszn-ydz-sl, fee", "bszn-ydz-sl, location", "bszn-ydz-sl, hours", "bszn-ydz-sl, consult_phone",
        "bszn-ydz-sl, complaint_phone", "tzgg-2024-bmys, body"})
    void aMissingRequiredFieldIsNamed(String id, String field) throws Exception {
        ObjectNode node = asFeedItem(sample(id));
        node.remove(field);
        assertThatThrownBy(() -> read(node)).isInstanceOf(FeedException.class)
                .satisfies(e -> assertThat(((FeedException) e).key()).isEqualTo("feed.badField"))
                .hasMessageContaining("items/" + id + ".json").hasMessageContaining(field);
    }

    @Test
    void fieldsOfTheWrongKindAreRefused() throws Exception {
        ObjectNode node = asFeedItem(sample("bszn-ydz-sl"));
        node.put("basis", "不是列表");
        assertThatThrownBy(() -> read(node)).hasMessageContaining("basis");
        ObjectNode copies = asFeedItem(sample("bszn-ydz-sl"));
        ((ObjectNode) copies.withArray("materials").get(0)).put("copies", "两份");
        assertThatThrownBy(() -> read(copies)).hasMessageContaining("materials[0].copies");
    }

    @Test
    void unknownEnumValuesAndLongSummariesAreRefused() throws Exception {
        ObjectNode validity = asFeedItem(sample("zcwj-2024-00131"));
        validity.put("validity", "valid");
        assertThatThrownBy(() -> read(validity)).hasMessageContaining("validity");
        ObjectNode summary = asFeedItem(sample("tzgg-2024-bmys"));
        summary.put("summary", "长".repeat(101));
        assertThatThrownBy(() -> read(summary)).hasMessageContaining("summary");
        summary.put("summary", "长".repeat(100));
        assertThat(read(summary).summary()).hasSize(100);
    }

    @Test
    void datesWithoutAnOffsetAreReadAsChinaTime() throws Exception {
        ObjectNode node = asFeedItem(sample("tzgg-2024-bmys"));
        node.put("published_at", "2024-06-18");
        node.put("updated_at", "2024-06-18T10:00:00");
        Item item = read(node);
        assertThat(item.publishedAt()).hasToString("2024-06-18T00:00+08:00");
        assertThat(item.updatedAt().getOffset()).isEqualTo(FeedDates.CHINA);
        node.put("published_at", "18/06/2024");
        assertThatThrownBy(() -> read(node)).hasMessageContaining("published_at");
    }

    @Test
    void badIdsAreRefused() throws Exception {
        for (String bad : new String[] {"../x", "a/b", "A", "-x", "a..b", "x".repeat(129)}) {
            assertThat(FeedNames.isValidId(bad)).as(bad).isFalse();
        }
        for (String good : new String[] {"a", "zcwj-2024-00131", "a.b_c-d", "x".repeat(128)}) {
            assertThat(FeedNames.isValidId(good)).as(good).isTrue();
        }
    }
}

package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publisher's search hints end to end: {@code search} in the content folder's feed.json is carried into the
 * manifest by publish, stored by sync with the items, and used by search; a later feed without them drops them.
 */
class SearchHintsTest {

    @TempDir
    Path tmp;

    @Test
    void publishCarriesTheHintsSyncStoresThemAndSearchUsesThem() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp.resolve("publisher"));
        feed.publish(1);
        try (Mirror mirror = Mirror.open(tmp.resolve("data"))) {
            SearchTest.sync(mirror, feed);
            // without hints: 老哥 is no word of the hall's, and 优待 puts the guide first
            assertThat(mirror.search().search("老哥 寻亲", SearchFilter.ALL, 20).dropped()).containsExactly("老哥");
            assertThat(ids(mirror, "优待").get(0)).isEqualTo("bszn-ydz-sl");

            Path feedJson = feed.contentDir().resolve("feed.json");
            ObjectNode root = (ObjectNode) FeedJson.MAPPER.readTree(Files.readAllBytes(feedJson));
            root.set("search", FeedJson.MAPPER.readTree("""
                    {"synonyms": [["老哥", "烈士"]],
                     "best_bets": [{"query": "优待", "items": ["zcwj-2022-00021"]}]}"""));
            Files.write(feedJson, FeedJson.MAPPER.writeValueAsBytes(root));
            feed.publish(2);
            assertThat(feed.manifest().search().bestBets()).hasSize(1);
            SearchTest.sync(mirror, feed);

            SearchResults brother = mirror.search().search("老哥 寻亲", SearchFilter.ALL, 20);
            assertThat(brother.relaxed()).isFalse();
            assertThat(brother.expanded().get("老哥")).containsExactly("烈士");
            assertThat(brother.hits()).extracting(h -> h.item().id()).contains("zcwj-2023-00067");
            assertThat(ids(mirror, "优待").get(0)).isEqualTo("zcwj-2022-00021");
            // a best bet is the query as a whole, also as typed in traditional characters, not a part of one
            assertThat(ids(mirror, "優待").get(0)).isEqualTo("zcwj-2022-00021");
            assertThat(ids(mirror, "优待证").get(0)).isEqualTo("bszn-ydz-sl");

            root.remove("search");
            Files.write(feedJson, FeedJson.MAPPER.writeValueAsBytes(root));
            feed.publish(3);
            SearchTest.sync(mirror, feed);
            assertThat(ids(mirror, "优待").get(0)).isEqualTo("bszn-ydz-sl");
        }
    }

    private static List<String> ids(Mirror mirror, String query) {
        return mirror.search().search(query, SearchFilter.ALL, 20).hits().stream().map(h -> h.item().id()).toList();
    }
}

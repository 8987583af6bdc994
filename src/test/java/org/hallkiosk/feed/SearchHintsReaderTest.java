package org.hallkiosk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest's optional {@code search}: read when well formed, skipped piece by piece when not. */
class SearchHintsReaderTest {

    @Test
    void synonymsAndBestBetsAreRead() throws Exception {
        SearchHints h = SearchHintsReader.read(FeedJson.MAPPER.readTree("""
                {"synonyms": [["退伍", "退役"], ["看病", "就医", "医疗"]],
                 "best_bets": [{"query": "优待证", "items": ["bszn-ydz-sl"]}]}"""));
        assertThat(h.synonyms()).containsExactly(List.of("退伍", "退役"), List.of("看病", "就医", "医疗"));
        assertThat(h.bestBets()).containsExactly(new SearchHints.BestBet("优待证", List.of("bszn-ydz-sl")));
    }

    @Test
    void aHintOfTheWrongShapeIsSkippedNotFatal() throws Exception {
        SearchHints h = SearchHintsReader.read(FeedJson.MAPPER.readTree("""
                {"synonyms": [["一个"], "退伍", [1, 2], ["退伍", "退役", 3]],
                 "best_bets": [{"query": "", "items": ["a"]}, {"items": ["b"]}, "x", {"query": "优待证", "items": "c"},
                               {"query": "光荣牌", "items": ["zn-grp"]}]}"""));
        assertThat(h.synonyms()).containsExactly(List.of("退伍", "退役"));
        assertThat(h.bestBets()).extracting(SearchHints.BestBet::query).containsExactly("光荣牌");
        assertThat(SearchHintsReader.read(FeedJson.MAPPER.readTree("[1]"))).isEqualTo(SearchHints.NONE);
        assertThat(SearchHintsReader.read(null)).isEqualTo(SearchHints.NONE);
    }

    @Test
    void aManifestWithoutSearchHasNoHintsAndOneWithItHasThem() throws Exception {
        String base = """
                {"format": "hall-kiosk-feed", "format_version": 1, "publisher": "p", "sequence": 1,
                 "generated_at": "2024-05-01T09:00:00+08:00", "columns": [], "items": [], "files": []%s}""";
        Manifest plain = ManifestReader.read(base.formatted("").getBytes(StandardCharsets.UTF_8));
        assertThat(plain.search().isEmpty()).isTrue();
        Manifest hinted = ManifestReader.read(base.formatted(", \"search\": {\"synonyms\": [[\"扫墓\", \"祭扫\"]]}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(hinted.search().synonyms()).containsExactly(List.of("扫墓", "祭扫"));
    }
}

package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.hallkiosk.content.Item;
import org.hallkiosk.feed.ItemReader;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts that keep search fast give the answers of the long way: the titles a pinyin query can start
 * in, a haystack that turns a needle down without a scan, a snippet made from only as much body as it needs.
 */
class SearchShortcutsTest {

    static final Path ITEMS = Path.of("src/test/resources/relevance/content/items");

    static List<Path> itemFiles() throws Exception {
        try (Stream<Path> files = Files.list(ITEMS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void startPairsKeepEveryTitleAPinyinQueryMatchesAndLeaveOutOthers() throws Exception {
        List<PinyinText> titles = new ArrayList<>();
        for (Path p : itemFiles()) {
            titles.add(PinyinText.of(ItemReader.read(Files.readAllBytes(p), p.toString()).title()));
        }
        StartPairs pairs = new StartPairs(titles);
        for (String term : List.of("youdaizheng", "ydz", "fuxu", "jiuye", "tyjr", "guangrongpai", "lieshi", "zz",
                "优待zheng", "2024", "q", "xz")) {
            PinyinQuery q = new PinyinQuery(term);
            BitSet candidates = pairs.candidates(q);
            for (int i = 0; i < titles.size(); i++) {
                if (titles.get(i).contains(q)) {
                    assertThat(candidates.get(i)).as(term + " in " + titles.get(i).text()).isTrue();
                }
            }
        }
        // a title without a y- character before a d- one is not a candidate for ydz
        BitSet ydz = pairs.candidates(new PinyinQuery("ydz"));
        assertThat(ydz.cardinality()).isGreaterThan(0).isLessThan(titles.size() / 2);
        assertThat(new StartPairs(List.of(PinyinText.of("抚恤金标准"))).candidates(new PinyinQuery("ydz")).isEmpty())
                .isTrue();
    }

    @Test
    void flatLatticesAnswerAsEachTitlesOwnLattice() throws Exception {
        List<PinyinText> titles = new ArrayList<>();
        for (Path p : itemFiles()) {
            titles.add(PinyinText.of(ItemReader.read(Files.readAllBytes(p), p.toString()).title()));
        }
        titles.add(PinyinText.of("Ａ类 2024 lvse 绿色通道"));
        FlatLattices flat = new FlatLattices(titles);
        assertThat(flat.size()).isEqualTo(titles.size());
        int found = 0;
        int notFound = 0;
        for (String term : List.of("youdaizheng", "ydz", "fuxu", "jiuye", "tyjr", "guangrongpai", "lieshi", "zz",
                "优待zheng", "luse", "lvse", "alei", "tuiyijunrenjiuyechuangyefuchi", "xz", "q", "shengh")) {
            PinyinQuery q = new PinyinQuery(term);
            for (int i = 0; i < titles.size(); i++) {
                boolean expected = titles.get(i).contains(q);
                assertThat(flat.contains(i, q)).as(term + " in " + titles.get(i).text()).isEqualTo(expected);
                found += expected ? 1 : 0;
                notFound += expected ? 0 : 1;
            }
        }
        assertThat(found).isGreaterThan(0);
        assertThat(notFound).isGreaterThan(0);
    }

    @Test
    void aHaystackFindsWhatItHoldsAndTurnsDownWhatItDoesNot() {
        SearchCatalog.Haystack h = new SearchCatalog.Haystack(List.of("退役军人优待证申领", "烈士褒扬金", "光荣牌悬挂"));
        assertThat(h.contains("优待证")).isTrue();
        assertThat(h.contains("褒扬")).isTrue();
        assertThat(h.contains("证申")).isTrue();
        assertThat(h.contains("优待金")).isFalse(); // every character is there, not every pair
        assertThat(h.contains("量子")).isFalse();
        assertThat(h.contains("申领烈")).isFalse(); // across two entries
        BitSet marked = new BitSet();
        h.mark("光荣", marked);
        h.mark("量子", marked);
        assertThat(marked.stream().boxed().toList()).containsExactly(2);
    }

    @Test
    void aSnippetFromEnoughOfTheBodyIsTheSnippetFromAllOfIt() throws Exception {
        int stoppedEarly = 0;
        for (Path p : itemFiles()) {
            byte[] json = Files.readAllBytes(p);
            Item item = ItemReader.read(json, p.toString());
            String full = SearchText.body(item).replace('\n', ' ').strip();
            String folded = PinyinText.fold(full);
            List<List<String>> targetSets = new ArrayList<>();
            for (int at : new int[] {0, 5, folded.length() / 3, folded.length() / 2, folded.length() - 4}) {
                if (at >= 0 && at + 4 <= folded.length()) {
                    targetSets.add(List.of(folded.substring(at, at + 4), folded.substring(at, at + 2)));
                    targetSets.add(List.of("量子计算机", folded.substring(at, at + 3)));
                }
            }
            targetSets.add(List.of("量子计算"));
            for (List<String> targets : targetSets) {
                SearchSnippets.Snippet expected = SearchSnippets.ofText(full, targets);
                assertThat(SearchSnippets.ofBody(item.id(), json, targets)).as(p + " " + targets).isEqualTo(expected);
                String part = SearchText.body(item, soFar -> SearchSnippets.enough(soFar.toString(), targets));
                stoppedEarly += part.length() < SearchText.body(item).length() ? 1 : 0;
            }
        }
        assertThat(stoppedEarly).isGreaterThan(0);
        // not enough: the longest target is not there yet, or the text does not yet run past the window
        assertThat(SearchSnippets.enough("优待证申领", List.of("优待证", "量子计算"))).isFalse();
        assertThat(SearchSnippets.enough("优待证申领", List.of("优待证"))).isFalse();
        assertThat(SearchSnippets.enough("优待证" + "申".repeat(SearchSnippets.SNIPPET_CHARS), List.of("优待证")))
                .isTrue();
    }
}

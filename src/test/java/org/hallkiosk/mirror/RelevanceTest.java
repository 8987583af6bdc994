package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.content.Validity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judged relevance set (issue 10, item 6): the set is sound, and search on it holds the floors below.
 * {@link RelevanceBenchmark} prints the figures by category and every failing query.
 */
class RelevanceTest {

    /** The issue's targets: a right item first for 85% of queries, in the top 3 for 95%. */
    static final double TARGET_SUCCESS_AT_1 = 0.85;
    static final double TARGET_SUCCESS_AT_3 = 0.95;
    /**
     * What the test holds: the targets, now that the query understanding of issue 10 has landed (before it,
     * search measured success@1 0.44 and success@3 0.49 on this set).
     */
    static final double FLOOR_SUCCESS_AT_1 = TARGET_SUCCESS_AT_1;
    static final double FLOOR_SUCCESS_AT_3 = TARGET_SUCCESS_AT_3;

    static final int MIN_ITEMS = 150;
    static final int MIN_QUERIES = 150;
    static final int MIN_PER_CATEGORY = 8;

    @TempDir
    static Path tmp;

    static RelevanceSet set;

    @BeforeAll
    static void build() throws Exception {
        set = RelevanceSet.open(tmp);
    }

    @AfterAll
    static void close() {
        if (set != null) {
            set.close();
        }
    }

    @Test
    void theSetIsSoundAndEveryJudgedIdIsAnItemOfTheContent() {
        Set<String> ids = RelevanceSet.contentIds();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(MIN_ITEMS);
        // every item of the content folder was published and synced: each is in the mirror
        List<Item> items = ids.stream().map(id -> set.mirror().items().item(id).orElseThrow()).toList();
        // all four types, and policies in force beside amended, expired and repealed ones
        assertThat(items).extracting(Item::type).contains(ItemType.values());
        assertThat(items).filteredOn(i -> i.type() == ItemType.POLICY).extracting(i -> i.policy().validity())
                .contains(Validity.values());
        List<RelevanceSet.Query> queries = RelevanceSet.queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(MIN_QUERIES);
        assertThat(RelevanceSet.problems(queries, ids)).isEmpty();
        Map<String, Long> perCategory = queries.stream()
                .collect(Collectors.groupingBy(RelevanceSet.Query::category, Collectors.counting()));
        assertThat(perCategory.keySet()).containsExactlyInAnyOrderElementsOf(RelevanceSet.CATEGORIES);
        assertThat(perCategory).allSatisfy((category, n) -> assertThat(n).as(category)
                .isGreaterThanOrEqualTo(MIN_PER_CATEGORY));
    }

    @Test
    void theChecksRejectWhatIsWrong() {
        // an id that is not in the content, an unknown category, the same query judged twice
        List<RelevanceSet.Query> bad = RelevanceSet.parse(List.of(
                "short-hanzi\t优待证\tzn-ydz-sl",
                "short-hanzi\t光荣牌\tzn-no-such-item",
                "poetry\t抚恤\tzn-ydz-sl",
                "intent\t优待证\tzn-ydz-sl"));
        assertThat(RelevanceSet.problems(bad, Set.of("zn-ydz-sl"))).containsExactly(
                "line 2: no item zn-no-such-item", "line 3: unknown category poetry",
                "line 4: query judged twice: 优待证");
        assertThatThrownBy(() -> RelevanceSet.parse(List.of("typo\tyoudaizhen")))
                .hasMessageContaining("line 1");
        // comments and blank lines are skipped; several right ids, space or comma separated
        assertThat(RelevanceSet.parse(List.of("# note", "", "pinyin\tfuxu\ta b,c\twhy")).get(0).right())
                .containsExactly("a", "b", "c");
    }

    @Test
    void theFiguresCountRanksAsTheyShould() {
        RelevanceSet.Query q = new RelevanceSet.Query(1, "typo", "q", Set.of("right"), "");
        RelevanceSet.Outcome first = new RelevanceSet.Outcome(q, List.of("right", "x"), List.of("R", "X"));
        RelevanceSet.Outcome second = new RelevanceSet.Outcome(q, List.of("x", "right"), List.of("X", "R"));
        RelevanceSet.Outcome fourth = new RelevanceSet.Outcome(q, List.of("a", "b", "c", "right"),
                List.of("A", "B", "C", "R"));
        RelevanceSet.Outcome none = new RelevanceSet.Outcome(q, List.of(), List.of());
        RelevanceSet.Figures f = RelevanceSet.Figures.of(List.of(first, second, fourth, none));
        assertThat(f.queries()).isEqualTo(4);
        assertThat(f.successAt1()).isEqualTo(0.25);
        assertThat(f.successAt3()).isEqualTo(0.5);
        assertThat(f.mrr()).isEqualTo((1 + 0.5 + 0.25) / 4);
        assertThat(f.zeroRate()).isEqualTo(0.25);
        assertThat(new RelevanceSet.Report(List.of(first, second, fourth, none)).failures())
                .containsExactly(fourth, none);
    }

    @Test
    void searchPutsARightItemFirstAndInTheTopThree() {
        RelevanceSet.Report report = set.evaluate(RelevanceSet.queries());
        RelevanceSet.Figures overall = report.overall();
        String why = "\n" + report.table() + "\n" + report.failureList();
        assertThat(overall.successAt1()).as("success@1" + why).isGreaterThanOrEqualTo(FLOOR_SUCCESS_AT_1);
        assertThat(overall.successAt3()).as("success@3" + why).isGreaterThanOrEqualTo(FLOOR_SUCCESS_AT_3);
    }

    @Test
    void theFloorsNeverExceedTheTargets() {
        assertThat(FLOOR_SUCCESS_AT_1).isLessThanOrEqualTo(TARGET_SUCCESS_AT_1);
        assertThat(FLOOR_SUCCESS_AT_3).isLessThanOrEqualTo(TARGET_SUCCESS_AT_3);
    }
}

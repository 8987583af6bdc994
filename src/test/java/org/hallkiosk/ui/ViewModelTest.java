package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.hallkiosk.config.Layout;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.testing.FailureLog;
import org.hallkiosk.ui.attract.AttractViewModel;
import org.hallkiosk.ui.column.ColumnViewModel;
import org.hallkiosk.ui.home.HomeViewModel;
import org.hallkiosk.ui.search.SearchViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view models on the real sample mirror, without a stage: background work runs inline. */
class ViewModelTest {

    @TempDir
    static Path data;

    static SampleKiosk kiosk;
    final List<Place> visited = new ArrayList<>();
    KioskContext context;

    @BeforeAll
    static void importSample() {
        kiosk = new SampleKiosk(data);
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @BeforeEach
    void context() {
        Navigator navigator = new Navigator(place -> {
            visited.add(place);
            return new Screen() {
                @Override
                public Node view() {
                    return null;
                }

                @Override
                public ObservableValue<String> title() {
                    return new SimpleStringProperty("");
                }
            };
        });
        DisplayMode display = new DisplayMode();
        context = new KioskContext("大厅", kiosk.layout(), kiosk.mirror(), UiTaskExecutor.direct(), navigator, display);
        navigator.home();
    }

    @Test
    void searchUpdatesAsOneTypesAndOffersNextStepsWhenNothingMatches() {
        SearchViewModel vm = new SearchViewModel(context, "");
        assertThat(vm.state().get()).isEqualTo(SearchViewModel.State.EMPTY_QUERY);
        vm.searchFor("优待");
        assertThat(vm.state().get()).isEqualTo(SearchViewModel.State.RESULTS);
        assertThat(vm.hits()).extracting(h -> h.item().id()).contains("bszn-ydz-sl");
        vm.type("证");
        assertThat(vm.query().get()).isEqualTo("优待证");
        assertThat(vm.hits()).extracting(h -> h.item().id()).contains("bszn-ydz-sl");
        vm.backspace();
        assertThat(vm.query().get()).isEqualTo("优待");

        // no item has both words: the screen says so and shows what has the informative one
        vm.searchFor("无名烈士 火星");
        assertThat(vm.state().get()).isEqualTo(SearchViewModel.State.RESULTS);
        assertThat(vm.relaxedWords().get()).isEqualTo("无名烈士 火星");
        vm.searchFor("无名烈士 寻亲");
        assertThat(vm.relaxedWords().get()).isEmpty();

        vm.searchFor("qqqxz");
        assertThat(vm.state().get()).isEqualTo(SearchViewModel.State.NO_RESULTS);
        assertThat(vm.hits()).isEmpty();
        assertThat(vm.hotSearches()).isNotEmpty();
        vm.leave();
        assertThat(kiosk.usage()).contains("search|null|qqqxz|0");

        vm.clear();
        assertThat(vm.state().get()).isEqualTo(SearchViewModel.State.EMPTY_QUERY);
        for (int i = 0; i < 40; i++) {
            vm.type("a");
        }
        assertThat(vm.query().get()).hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void aSearchThatFailsSaysSoAndIsReportedNotNothingFound(@TempDir Path broken) {
        try (Mirror mirror = Mirror.open(broken); FailureLog failures = new FailureLog()) {
            mirror.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("DROP TABLE search_fts"); // a damaged index
                }
                return null;
            });
            KioskContext damaged = new KioskContext("大厅", kiosk.layout(), mirror, UiTaskExecutor.direct(),
                    context.navigator(), new DisplayMode());
            SearchViewModel vm = new SearchViewModel(damaged, "");
            vm.searchFor("优待证");
            assertThat(vm.state().get()).isEqualTo(SearchViewModel.State.ERROR);
            assertThat(vm.hits()).isEmpty();
            assertThat(failures.lines()).singleElement().asString().contains("\"search\"").doesNotContain("优待证");
        }
    }

    @Test
    void aHotSearchThatFindsNothingIsNotOfferedOnTheSearchScreen() {
        Layout l = kiosk.layout();
        Layout withDeadEnd = new Layout(l.hotlines(), l.tiles(), List.of("优待证", "qqqxz无此词", "就业创业"),
                l.idleTimeout(), l.idleWarning(), l.textSize(), l.contrast(), l.attract(), l.warningTone());
        KioskContext c = new KioskContext("大厅", withDeadEnd, kiosk.mirror(), UiTaskExecutor.direct(),
                context.navigator(), new DisplayMode());
        SearchViewModel vm = new SearchViewModel(c, "");
        assertThat(vm.hotSearches()).contains("qqqxz无此词"); // not known yet
        int[] redrawn = new int[1];
        vm.findDeadHotSearches(() -> redrawn[0]++);
        assertThat(vm.hotSearches()).containsExactly("优待证", "就业创业");
        assertThat(redrawn[0]).isEqualTo(1);
    }

    /** 历史版本: the 2023 standard (expired; the 2024 one is in force in its place) folds under the 2024 one. */
    @Test
    void anOlderVersionFoldsUnderTheOneInForce() {
        SearchViewModel vm = new SearchViewModel(context, "抚恤和生活补助标准");
        var current = vm.hits().stream().filter(h -> h.item().id().equals("zcwj-2024-00098")).findFirst().orElseThrow();
        var older = vm.hits().stream().filter(h -> h.item().id().equals("zcwj-2023-00045")).findFirst().orElseThrow();
        assertThat(vm.olderVersionsOf(current)).containsExactly(older);
        assertThat(vm.isOlderVersion(older)).isTrue();
        assertThat(vm.isOlderVersion(current)).isFalse();
        // a search that finds the old one without the one in force keeps it as a card of its own
        SearchViewModel alone = new SearchViewModel(context, "2023年部分优抚对象抚恤");
        alone.hits().stream().filter(h -> h.item().id().equals("zcwj-2023-00045")).findFirst()
                .ifPresent(h -> assertThat(alone.hits().stream().anyMatch(x -> x.item().id().equals("zcwj-2024-00098"))
                        || !alone.isOlderVersion(h)).isTrue());
    }

    @Test
    void openingAHitGoesToItsItem() {
        SearchViewModel vm = new SearchViewModel(context, "优待证");
        vm.open(vm.hits().stream().filter(h -> h.item().id().equals("bszn-ydz-sl")).findFirst().orElseThrow());
        assertThat(visited).last().isEqualTo(new Place.Item("bszn-ydz-sl"));
    }

    @Test
    void aColumnPagesNewestFirstAndRepagesForLargerText() {
        ColumnViewModel vm = new ColumnViewModel(context, "zcwj");
        assertThat(vm.name().get()).isEqualTo("政策文件");
        assertThat(vm.total().get()).isEqualTo(8);
        assertThat(vm.rows()).hasSize(5);
        List<OffsetDateTime> dates = vm.rows().stream().map(ItemSummary::publishedAt).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(vm.hasPrevious()).isFalse();
        vm.next();
        assertThat(vm.page().get()).isEqualTo(1);
        assertThat(vm.rows()).hasSize(3);
        assertThat(vm.hasNext()).isFalse();
        vm.next();
        assertThat(vm.page().get()).isEqualTo(1);

        context.display().textSize().set(Layout.TextSize.LARGE);
        assertThat(vm.page().get()).isZero();
        assertThat(vm.rows()).hasSize(3);
        assertThat(vm.pageCount()).isEqualTo(3);
        vm.open(vm.rows().get(0));
        assertThat(visited).last().isEqualTo(new Place.Item(vm.rows().get(0).id()));
    }

    @Test
    void homeSaysWhenTheContentWasPublished() {
        String[] shown = new String[1];
        new HomeViewModel(context).contentDate(t -> shown[0] = t);
        // the sample feed's manifest was generated on a day of 2024 or later; the date is written as on every screen
        assertThat(shown[0]).matches("内容更新于 20\\d\\d年\\d{1,2}月\\d{1,2}日");
    }

    @Test
    void tilesLeadWhereTheLayoutSays() {
        HomeViewModel vm = new HomeViewModel(context);
        for (Layout.Tile t : vm.tiles()) {
            vm.open(t);
            Place expected = switch (t.target().kind()) {
                case COLUMN -> new Place.ColumnList(t.target().value());
                case ITEM -> new Place.Item(t.target().value());
                case SEARCH -> new Place.Search(t.target().value());
            };
            assertThat(visited).last().isEqualTo(expected);
        }
    }

    @Test
    void theAttractScreenGoesRoundItsNotices() {
        AttractViewModel vm = new AttractViewModel(context);
        assertThat(vm.title()).isEqualTo("大厅");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i <= vm.notices().size(); i++) {
            seen.add(vm.currentNotice());
            vm.next();
        }
        assertThat(seen.subList(0, vm.notices().size())).containsExactlyElementsOf(vm.notices());
        assertThat(seen.get(vm.notices().size())).isEqualTo(vm.notices().get(0));
        context.navigator().reset();
        vm.start();
        assertThat(visited).last().isEqualTo(new Place.Home());
        vm.start(); // a second tap on the way home does not open home twice
        assertThat(visited).filteredOn(p -> p instanceof Place.Home).hasSize(2);
    }
}

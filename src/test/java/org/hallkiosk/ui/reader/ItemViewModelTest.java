package org.hallkiosk.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.testing.FailureLog;
import org.hallkiosk.ui.DisplayMode;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Navigator;
import org.hallkiosk.ui.SampleKiosk;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.UiTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The item screen's view model on the real sample mirror, without a stage: background work runs inline. */
class ItemViewModelTest {

    @TempDir
    static Path data;

    static SampleKiosk kiosk;
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
        context = contextOn(kiosk.mirror());
    }

    private static KioskContext contextOn(Mirror mirror) {
        Navigator navigator = new Navigator(place -> new Screen() {
            @Override
            public Node view() {
                return null;
            }

            @Override
            public ObservableValue<String> title() {
                return new SimpleStringProperty("");
            }
        });
        KioskContext c = new KioskContext("大厅", kiosk.layout(), mirror, UiTaskExecutor.direct(), navigator,
                new DisplayMode());
        navigator.home();
        return c;
    }

    private long usage(String row) {
        return kiosk.usage().stream().filter(row::equals).count();
    }

    @Test
    void aGuideLoadsWithItsAidsAndReadAloudTextAndCountsAView() {
        long views = usage("view|bszn-ydz-sl|null|null");
        context.readAloud().engineWorks().set(true); // from an earlier screen; this kiosk has no speech engine
        ItemViewModel vm = new ItemViewModel(context, "bszn-ydz-sl");
        assertThat(vm.loaded().get()).isNull();
        vm.load();

        ItemViewModel.Loaded loaded = vm.loaded().get();
        assertThat(loaded).isNotNull();
        assertThat(vm.problem().get()).isEmpty();
        assertThat(vm.isGuide()).isTrue();
        assertThat(vm.title().get()).isEqualTo("办事指南");
        assertThat(loaded.aids().readAloud()).isFalse();
        assertThat(context.readAloud().engineWorks().get()).isFalse();
        assertThat(loaded.readAloudText()).startsWith(loaded.page().item().title());
        assertThat(vm.guide().readAloudText()).isEqualTo(loaded.readAloudText());
        assertThat(vm.guide().guide().materials()).isNotEmpty();
        assertThat(usage("view|bszn-ydz-sl|null|null")).isEqualTo(views + 1);
    }

    @Test
    void anExpiredPolicyLoadsForTheReaderWithTheOneInForce() {
        ItemViewModel vm = new ItemViewModel(context, "zcwj-2023-00045");
        vm.load();
        assertThat(vm.isGuide()).isFalse();
        ReaderViewModel reader = vm.reader();
        assertThat(reader.item().id()).isEqualTo("zcwj-2023-00045");
        assertThat(reader.inForce().id()).isEqualTo("zcwj-2024-00098");
        assertThat(reader.banner()).contains(reader.inForce().title());
        assertThat(reader.readAloudText()).isEqualTo(vm.loaded().get().readAloudText()).isNotBlank();
    }

    @Test
    void aMissingItemSaysSoAndCountsNoView() {
        ItemViewModel vm = new ItemViewModel(context, "no-such-item");
        vm.load();
        assertThat(vm.loaded().get()).isNull();
        assertThat(vm.isGuide()).isFalse();
        assertThat(vm.problem().get()).isEqualTo(Messages.get("ui.item.missing"));
        assertThat(vm.title().get()).isEmpty();
        assertThat(usage("view|no-such-item|null|null")).isZero();
    }

    @Test
    void aMirrorThatFailsSaysSoAndIsReported(@TempDir Path broken) {
        try (Mirror mirror = Mirror.open(broken); FailureLog failures = new FailureLog()) {
            mirror.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("DROP TABLE items"); // a damaged mirror
                }
                return null;
            });
            ItemViewModel vm = new ItemViewModel(contextOn(mirror), "bszn-ydz-sl");
            vm.load();
            assertThat(vm.loaded().get()).isNull();
            assertThat(vm.problem().get()).isEqualTo(Messages.get("ui.item.error"));
            assertThat(failures.lines()).singleElement().asString().contains("\"item\"");
        }
    }

    @Test
    void theHelpfulQuestionIsAnsweredOncePerItemPerVisit() {
        long helpful = usage("rating|zcwj-2024-00098|null|null");
        ItemViewModel vm = new ItemViewModel(context, "zcwj-2024-00098");
        assertThat(vm.rated().get()).isFalse();
        vm.rate(true);
        assertThat(vm.rated().get()).isTrue();
        assertThat(usage("rating|zcwj-2024-00098|null|null")).isEqualTo(helpful + 1);

        // the same item again in the same visit: thanks, and a second answer is not counted
        ItemViewModel again = new ItemViewModel(context, "zcwj-2024-00098");
        assertThat(again.rated().get()).isTrue();
        again.rate(false);
        assertThat(usage("rating|zcwj-2024-00098|null|null")).isEqualTo(helpful + 1);
        assertThat(new ItemViewModel(context, "bszn-ydz-sl").rated().get()).isFalse();

        // the visit ends: the next visitor is asked again
        context.navigator().reset();
        ItemViewModel next = new ItemViewModel(context, "zcwj-2024-00098");
        assertThat(next.rated().get()).isFalse();
        next.rate(false);
        assertThat(usage("rating|zcwj-2024-00098|null|null")).isEqualTo(helpful + 2);
    }
}

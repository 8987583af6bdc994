package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.hallkiosk.ui.search.SearchViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** Search as one types waits for the typing to pause: keys typed in one go cost one query, not one each. */
@ExtendWith(ApplicationExtension.class)
class SearchDebounceTest {

    @TempDir
    static Path data;

    static SampleKiosk kiosk;

    @BeforeAll
    static void importSample() {
        kiosk = new SampleKiosk(data);
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @Test
    void threeKeysInOneGoRunOneSearchForAllThree() {
        AtomicInteger answers = new AtomicInteger(); // every search hands its answer back once
        UiTaskExecutor tasks = UiTaskExecutor.threaded("debounce-test", 2, r -> {
            answers.incrementAndGet();
            Platform.runLater(r);
        });
        try {
            SearchViewModel vm = FxWait.onFx(() -> {
                KioskContext context = new KioskContext("大厅", kiosk.layout(), kiosk.mirror(), tasks,
                        new Navigator(place -> null), new DisplayMode());
                SearchViewModel m = new SearchViewModel(context, "");
                m.type("y");
                m.type("d");
                m.type("z");
                return m;
            });
            FxWait.until("the answer", () -> vm.state().get() == SearchViewModel.State.RESULTS);
            assertThat(FxWait.onFx(() -> vm.hits().stream().map(h -> h.item().id()).toList()))
                    .contains("bszn-ydz-sl");
            FxWait.until("nothing pending", tasks::idle);
            assertThat(answers.get()).as("one search, for \"ydz\"").isEqualTo(1);
        } finally {
            tasks.close();
        }
    }
}

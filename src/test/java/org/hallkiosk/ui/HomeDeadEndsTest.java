package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.hallkiosk.config.Layout;
import org.hallkiosk.ui.home.HomeView;
import org.hallkiosk.ui.home.HomeViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Home on the kiosk's start straight to it (after a crash), the real screens on the sample: what leads nowhere
 * is found in the background once home is painted, and hidden then; until then every tile leads where it always
 * did.
 */
@ExtendWith(ApplicationExtension.class)
class HomeDeadEndsTest {

    static final String NOTHING = "qqqxz无此词";

    @TempDir
    static Path data;

    static SampleKiosk kiosk;
    KioskShell shell;

    @BeforeAll
    static void importSample() {
        kiosk = new SampleKiosk(data);
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @Start
    void start(Stage stage) {
        Layout l = kiosk.layout();
        List<Layout.Tile> tiles = new ArrayList<>(l.tiles());
        tiles.add(new Layout.Tile(NOTHING, "search", l.tiles().get(0).color(),
                new Layout.Target(Layout.Target.Kind.SEARCH, NOTHING)));
        Layout withDeadEnds = new Layout(l.hotlines(), tiles, List.of("优待证", NOTHING), l.idleTimeout(),
                l.idleWarning(), l.textSize(), l.contrast(), l.attract(), l.warningTone());
        FirstPaint.kioskStarting(); // as KioskApp does: home's background checks wait for its first paint
        shell = TestShells.build(kiosk.startup.config().hallName(), withDeadEnds, kiosk.mirror(), kiosk.tasks,
                List.of(), new Place.Home());
        stage.setScene(new Scene(shell, 1280, 800));
        shell.applyTheme(shell);
        stage.show();
    }

    @Test
    void homeHidesTheTileAndTheHotSearchThatLeadNowhereOnceItIsPainted() {
        assertThat(FxWait.onFx(() -> shell.context().navigator().place().get())).isInstanceOf(Place.Home.class);
        FxWait.until("the tile that leads nowhere hidden", () -> FxWait.onFx(() -> buttons(shell, NOTHING)).isEmpty());
        assertThat(FxWait.onFx(() -> buttons(shell, "优待证"))).as("the hot search that finds something").hasSize(1);
        assertThat(FxWait.onFx(() -> shell.lookup("#tile-0").isVisible())).isTrue();
    }

    @Test
    void beforeTheCheckAnswersATileThatLeadsNowhereStillLeadsWhereItAlwaysDid() {
        FxWait.until("the start's home painted and checked", () -> FxWait.onFx(() -> buttons(shell, NOTHING)).isEmpty());
        Place reached = FxWait.onFx(() -> {
            HomeView home = new HomeView(new HomeViewModel(shell.context())); // its check cannot answer in this step
            try {
                List<Button> dead = buttons(home.view(), NOTHING);
                assertThat(dead).as("the tile and the hot search, not yet known to lead nowhere").hasSize(2);
                dead.get(1).fire(); // the tile (the hot search chip comes first)
                return shell.context().navigator().place().get();
            } finally {
                home.dispose();
            }
        });
        assertThat(reached).isEqualTo(new Place.Search(NOTHING)); // 无结果 there, as for any search
    }

    private static List<Button> buttons(Node root, String text) {
        List<Button> found = new ArrayList<>();
        collect(root, text, found);
        return found;
    }

    private static void collect(Node n, String text, List<Button> found) {
        if (n instanceof Button b && text.equals(b.getText()) && b.getParent() != null && !found.contains(b)) {
            found.add(b);
        }
        if (n instanceof ScrollPane s && s.getContent() != null) { // its content is its child only once skinned
            collect(s.getContent(), text, found);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, text, found));
        }
    }
}

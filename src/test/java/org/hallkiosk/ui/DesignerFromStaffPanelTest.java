package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The staff panel's 管理 tab opens the layout designer over the kiosk, on the kiosk's own config and content. */
@ExtendWith(ApplicationExtension.class)
class DesignerFromStaffPanelTest {

    @TempDir
    static Path tmp;

    static SampleKiosk kiosk;
    KioskShell shell;

    @BeforeAll
    static void importSample() {
        kiosk = new SampleKiosk(tmp.resolve("data"));
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @Start
    void start(Stage stage) {
        shell = kiosk.shell(kiosk.layout());
        stage.setScene(new Scene(shell, 1280, 800));
        shell.applyTheme(shell);
        stage.show();
    }

    static Window designerWindow() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot().lookup("#designer") != null).findFirst().orElse(null);
    }

    @Test
    void theAdminTabOpensTheDesignerInAWindowOfItsOwn(FxRobot robot) {
        FxWait.onFx(() -> {
            shell.context().navigator().go(new Place.Staff());
            shell.applyCss(); // the tabs are a SegmentedButton's: in the scene once its skin is made
            ((ToggleButton) shell.lookup("#staffAdminTab")).fire();
            return null;
        });
        FxWait.until("the designer's button", () -> shell.lookup("#openDesigner") != null);
        robot.clickOn("#openDesigner");
        FxWait.until("the designer's window", () -> designerWindow() != null);
        Window designer = FxWait.onFx(DesignerFromStaffPanelTest::designerWindow);
        assertThat(((Stage) designer).getTitle()).contains("kiosk-config");
        assertThat(((Stage) designer).getOwner()).isSameAs(shell.getScene().getWindow());
        FxWait.until("its preview of this kiosk's home", () -> designer.getScene().getRoot()
                .lookup("#designPreview").lookup("#tile-0") != null);
        FxWait.onFx(() -> {
            designer.hide();
            return null;
        });
        assertThat(FxWait.onFx(DesignerFromStaffPanelTest::designerWindow)).isNull();
    }
}

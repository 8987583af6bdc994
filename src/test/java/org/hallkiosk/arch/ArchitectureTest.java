package org.hallkiosk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.hallkiosk.mirror.FileStore;
import org.hallkiosk.mirror.ItemStore;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.Search;
import org.hallkiosk.mirror.UsageLog;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.KioskShell;
import org.hallkiosk.ui.Screen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rooms of architecture.md and the way their dependencies point. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hallkiosk");
    }

    @Test
    void onlyTheScreensAndTheScreenshotsCommandImportJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.hallkiosk.ui..")
                .and().doNotHaveSimpleName("ScreenshotsCommand")
                .and().doNotHaveSimpleName("PreviewLayoutCommand")
                .and().doNotHaveSimpleName("Launcher")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void contentIsFreeOfIoAndOfTheRestOfTheProject() {
        noClasses().that().resideInAPackage("org.hallkiosk.content..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "java.sql..", "org.hallkiosk.feed..", "org.hallkiosk.mirror..", "org.hallkiosk.sync..",
                        "org.hallkiosk.config..", "org.hallkiosk.ui..", "org.hallkiosk.cli..", "org.hallkiosk.aids..")
                .check(classes);
    }

    @Test
    void dependenciesPointDown() {
        noClasses().that().resideInAPackage("org.hallkiosk.feed..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hallkiosk.mirror..", "org.hallkiosk.sync..",
                        "org.hallkiosk.config..", "org.hallkiosk.ui..", "org.hallkiosk.cli..", "org.hallkiosk.aids..")
                .check(classes);
        noClasses().that().resideInAPackage("org.hallkiosk.mirror..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hallkiosk.sync..", "org.hallkiosk.config..",
                        "org.hallkiosk.ui..", "org.hallkiosk.cli..", "org.hallkiosk.aids..")
                .check(classes);
        noClasses().that().resideInAPackage("org.hallkiosk.config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hallkiosk.sync..", "org.hallkiosk.ui..",
                        "org.hallkiosk.cli..", "org.hallkiosk.aids..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.hallkiosk.sync..", "org.hallkiosk.aids..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hallkiosk.ui..", "org.hallkiosk.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.hallkiosk.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.hallkiosk.cli..")
                .check(classes);
        // fleet (a kiosk's report, the fleet page) reads the mirror and the sync, and is read by the screens and
        // the commands; nothing below it knows it
        noClasses().that().resideInAPackage("org.hallkiosk.fleet..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hallkiosk.ui..", "org.hallkiosk.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.hallkiosk.mirror..", "org.hallkiosk.content..",
                        "org.hallkiosk.feed..", "org.hallkiosk.config..", "org.hallkiosk.sync..",
                        "org.hallkiosk.aids..", "org.hallkiosk.input..", "org.hallkiosk.text..")
                .should().dependOnClassesThat().resideInAPackage("org.hallkiosk.fleet..")
                .check(classes);
        // input (handwriting, pinyin candidates) sits between the screens and the mirror it reads words from
        noClasses().that().resideInAPackage("org.hallkiosk.input..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hallkiosk.ui..", "org.hallkiosk.cli..",
                        "org.hallkiosk.sync..", "org.hallkiosk.aids..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.hallkiosk.mirror..", "org.hallkiosk.content..",
                        "org.hallkiosk.feed..", "org.hallkiosk.config..")
                .should().dependOnClassesThat().resideInAPackage("org.hallkiosk.input..")
                .check(classes);
    }

    /** publish runs on the bureau's machine without the screens; the review's pictures are wired in by cli. */
    @Test
    void publishDoesNotImportTheScreens() {
        noClasses().that().resideInAPackage("org.hallkiosk.publish..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hallkiosk.ui..", "org.hallkiosk.cli..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void onlyTheMirrorTouchesSql() {
        noClasses().that().resideOutsideOfPackage("org.hallkiosk.mirror..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    /**
     * A screen's view binds and builds nodes; its view model reads the mirror, off the FX thread, and can be
     * tested without a stage (architecture.md, "A screen's life").
     */
    @Test
    void viewsLeaveTheMirrorToTheirViewModels() {
        noClasses().that().implement(Screen.class).or().haveSimpleNameEndingWith("View")
                .or().haveSimpleName("HelpfulQuestion")
                .should().callMethod(KioskContext.class, "mirror")
                .orShould().accessClassesThat().belongToAnyOf(Mirror.class, ItemStore.class, Search.class,
                        UsageLog.class, FileStore.class)
                .check(classes);
    }

    /** Messages reach people through the commands' output or the screens; everything else logs. */
    @Test
    void onlyTheCommandsWriteToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.hallkiosk.cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    /** The keyboard's input reads candidates from the mirror; text is pure functions the mirror itself uses. */
    @Test
    void theInputAndTextRoomsPointDown() {
        noClasses().that().resideInAPackage("org.hallkiosk.input..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hallkiosk.ui..", "org.hallkiosk.cli..",
                        "org.hallkiosk.sync..")
                .check(classes);
        noClasses().that().resideInAPackage("org.hallkiosk.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hallkiosk.ui..", "org.hallkiosk.cli..",
                        "org.hallkiosk.sync..", "org.hallkiosk.mirror..", "org.hallkiosk.config..",
                        "org.hallkiosk.input..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** A shell a test builds itself is not disposed after it, and its timers fire in later test classes. */
    @Test
    void testsBuildShellsOnlyThroughTestShells() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.hallkiosk");
        noClasses().that().doNotHaveFullyQualifiedName("org.hallkiosk.ui.TestShells")
                .should().callConstructorWhere(DescribedPredicate.describe("a KioskShell constructor",
                        (JavaConstructorCall call) -> call.getTargetOwner().isEquivalentTo(KioskShell.class)))
                .because("TestShells disposes every shell after the test that built it")
                .check(tests);
    }

    @Test
    void textIsPureFunctionsOverItsTablesFreeOfTheRestOfTheProject() {
        noClasses().that().resideInAPackage("org.hallkiosk.text..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..",
                        "org.hallkiosk.content..", "org.hallkiosk.feed..", "org.hallkiosk.mirror..",
                        "org.hallkiosk.sync..", "org.hallkiosk.config..", "org.hallkiosk.ui..", "org.hallkiosk.cli..",
                        "org.hallkiosk.aids..", "org.hallkiosk.input..")
                .check(classes);
    }
}

package org.hallkiosk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

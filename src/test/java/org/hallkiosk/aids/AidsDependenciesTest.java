package org.hallkiosk.aids;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The aids run without a display and below the screens: no JavaFX, nothing from ui, cli or sync. */
class AidsDependenciesTest {

    @Test
    void aidsUseNeitherJavaFxNorTheLayersAbove() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hallkiosk.aids");
        noClasses().that().resideInAPackage("org.hallkiosk.aids..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.hallkiosk.ui..", "org.hallkiosk.cli..", "org.hallkiosk.sync..")
                .check(classes);
    }
}

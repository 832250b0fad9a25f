package io.arangoconsole.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house style's architecture, checked on every build. Plain Jupiter tests calling {@code check}: the ArchUnit
 * JUnit 5 engine was discovered by surefire here but ran zero rules, which would let every rule pass unseen.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.arangoconsole");
    }

    @Test
    void coreHasNoJavaFx() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("io.arangoconsole.core..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("core services are plain Java, callable from the CLI, tests and worker threads without a "
                        + "toolkit");
        rule.check(classes);
    }

    @Test
    void onlyCoreArangoUsesTheDriver() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackage("io.arangoconsole.core.arango..")
                .should().dependOnClassesThat().resideInAPackage("com.arangodb..")
                .because("one gateway owns the driver: shared clients per endpoint, errors turned into sentences, "
                        + "and a driver upgrade touches one package");
        rule.check(classes);
    }

    @Test
    void viewModelsHaveNoScene() {
        ArchRule rule = noClasses()
                .that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("view models hold state and commands only, so they are tested without the FX toolkit");
        rule.check(classes);
    }

    @Test
    void onlyUiCommonAndAppTouchPlatform() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackages("io.arangoconsole.ui.common..", "io.arangoconsole.app..")
                .should().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .because("results reach the FX thread only through TaskRunner and Poller, which tests swap for "
                        + "inline versions");
        rule.check(classes);
    }

    @Test
    void sandboxStandsAlone() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("io.arangoconsole.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("io.arangoconsole.app..", "io.arangoconsole.ui..",
                    "io.arangoconsole.core..", "io.arangoconsole.cli..", "io.arangoconsole.settings..")
                .because("the sandbox emulates an ArangoDB server and must run alone, headless, with no console code");
        rule.check(classes);
    }

    @Test
    void sandboxHasNoJavaFx() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("io.arangoconsole.sandbox..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the sandbox runs headless on servers and in CI");
        rule.check(classes);
    }

    @Test
    void uiSlicesAreFreeOfCycles() {
        ArchRule rule = slices()
                .matching("io.arangoconsole.ui.(*)..")
                .should().beFreeOfCycles()
                .because("panes are independent features; what they share lives in ui.common");
        rule.check(classes);
    }

    @Test
    void nothingButAppDependsOnApp() {
        ArchRule rule = classes()
                .that().resideInAPackage("io.arangoconsole.app..")
                .should().onlyHaveDependentClassesThat().resideInAPackage("io.arangoconsole.app..")
                .because("app is the composition root: it wires everything and nothing reaches back into it");
        rule.check(classes);
    }
}

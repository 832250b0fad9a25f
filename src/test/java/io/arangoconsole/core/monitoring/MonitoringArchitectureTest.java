package io.arangoconsole.core.monitoring;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class MonitoringArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.arangoconsole.core.monitoring");

    @Test
    void monitoringCoreIsPlainJava() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("core services run headless, in tests and in the CLI")
                .check(classes);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.arangodb..")
                .because("only core.arango talks to the driver; monitoring gets pages through MetricsSource")
                .check(classes);
    }
}

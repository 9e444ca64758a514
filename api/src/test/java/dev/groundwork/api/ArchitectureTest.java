package dev.groundwork.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Dependencies point one way: ingest -> graph, query -> graph, api -> ingest and query (docs/architecture.md). */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Under `verify` the other modules arrive as jars, and their test-jars too, which the option above does not see.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.groundwork");

    @Test
    void graphImportsNoOtherModule() {
        noClasses().that().resideInAPackage("dev.groundwork.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.groundwork.ingest..", "dev.groundwork.query..",
                        "dev.groundwork.api..")
                .check(CLASSES);
    }

    @Test
    void ingestAndQueryNeverImportEachOther() {
        noClasses().that().resideInAPackage("dev.groundwork.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.groundwork.query..", "dev.groundwork.api..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.groundwork.query..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.groundwork.ingest..", "dev.groundwork.api..")
                .check(CLASSES);
    }

    @Test
    void graphFeaturePackagesImportEachOtherWithoutCycles() {
        slices().matching("dev.groundwork.graph.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}

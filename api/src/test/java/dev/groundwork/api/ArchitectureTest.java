package dev.groundwork.api;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.groundwork.api.ask.AnswerDomain;
import dev.groundwork.api.ask.Asker;
import dev.groundwork.api.ask.DomainEngines;
import dev.groundwork.query.commonsense.CommonsenseGrounding;
import dev.groundwork.query.sports.SportsAnswerer;
import dev.groundwork.query.sports.SportsQuestionAnswering;
import dev.groundwork.query.tickets.TicketRetriever;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

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

    /** The domains' answering entry points, by owner: what only the {@link Asker}'s domains call. */
    private static final Map<Class<?>, Set<String>> ANSWERING = Map.of(
            TicketRetriever.class, Set.of("ask"),
            SportsQuestionAnswering.class, Set.of("answer"),
            SportsAnswerer.class, Set.of("answer"),
            CommonsenseGrounding.class, Set.of("statements", "subgraph", "concepts"),
            AnswerDomain.class, Set.of("answer", "paths"),
            DomainEngines.class, Set.of("tickets", "sports", "sportsAnswerer", "commonsense"));

    @Test
    void theCommandLineReachesTheDomainsOnlyThroughTheAsker() {
        DescribedPredicate<JavaMethodCall> answering = DescribedPredicate.describe("a domain's answering method " + ANSWERING.values(),
                call -> ANSWERING.entrySet().stream().anyMatch(e -> call.getTargetOwner().isAssignableTo(e.getKey())
                        && e.getValue().contains(call.getName())));
        noClasses().that().resideInAPackage("dev.groundwork.api.cli..")
                .should().callMethodWhere(answering)
                .because("groundwork ask takes the one ask path GraphQL and /ask/stream take: Asker (issue 18)")
                .check(CLASSES);
    }

    @Test
    void graphFeaturePackagesImportEachOtherWithoutCycles() {
        slices().matching("dev.groundwork.graph.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}

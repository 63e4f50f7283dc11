package dev.slicewise.bootstrap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of ARCHITECTURE.md, checked on the classes of every module (tests excluded). */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.slicewise");

    @ParameterizedTest
    @ValueSource(strings = {"dev.slicewise.domain", "dev.slicewise.application", "dev.slicewise.adapter.http",
            "dev.slicewise.adapter.llm", "dev.slicewise.adapter.credits", "dev.slicewise.adapter.persistence",
            "dev.slicewise.bootstrap"})
    void guard_everyModuleWasImported_soNoRulePassesOnNothing(String modulePackage) {
        assertTrue(CLASSES.stream().anyMatch(c -> c.getPackageName().startsWith(modulePackage)),
                "no class of " + modulePackage + " was imported");
    }

    @Test
    void domain_dependsOnTheJdkOnly() {
        check(classes().that().resideInAPackage("dev.slicewise.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.slicewise.domain.."));
    }

    @Test
    void application_dependsOnTheDomainAndTheJdkOnly() {
        check(classes().that().resideInAPackage("dev.slicewise.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.slicewise.domain..", "dev.slicewise.application.."));
    }

    @Test
    void rings_pointInwards() {
        check(onionArchitecture()
                .withOptionalLayers(true)
                .domainModels("dev.slicewise.domain..")
                .applicationServices("dev.slicewise.application..")
                .adapter("http", "dev.slicewise.adapter.http..")
                .adapter("llm", "dev.slicewise.adapter.llm..")
                .adapter("credits", "dev.slicewise.adapter.credits..")
                .adapter("persistence", "dev.slicewise.adapter.persistence..")
                .ignoreDependency(resideInAPackage("dev.slicewise.bootstrap.."), alwaysTrue()));
    }

    @Test
    void adapters_areIsolatedFromEachOther() {
        check(slices().matching("dev.slicewise.adapter.(*)..").should().notDependOnEachOther());
    }

    @Test
    void adapters_usePorts_neverServices() {
        check(noClasses().that().resideInAPackage("dev.slicewise.adapter..")
                .should().dependOnClassesThat().resideInAPackage("dev.slicewise.application.service.."));
    }

    @Test
    void inMemoryAdapters_areChosenByTheCompositionRootOnly() {
        check(noClasses().that().resideInAPackage("dev.slicewise.adapter..")
                .should().dependOnClassesThat().resideInAPackage("dev.slicewise.application.inmemory.."));
    }

    @Test
    void outboundPorts_knowNothingOfInboundPorts() {
        check(noClasses().that().resideInAPackage("dev.slicewise.application.port.out..")
                .should().dependOnClassesThat().resideInAPackage("dev.slicewise.application.port.in.."));
    }

    /** The core speaks of owners, receipts and conversations; partners' and vendors' names stay in their adapters. */
    @Test
    void theCore_namesNoPartnerOrVendor() {
        check(noClasses().that().resideInAnyPackage("dev.slicewise.domain..", "dev.slicewise.application..")
                .should().haveSimpleNameContaining("Elegoo")
                .orShould().haveSimpleNameContaining("OpenAi")
                .orShould().dependOnClassesThat().haveSimpleNameContaining("Elegoo"));
    }

    /** What every API shares at the HTTP edge knows none of them: the doors use it, not the other way round. */
    @Test
    void theSharedHttpEdge_knowsNoDoor() {
        check(noClasses().that().resideInAPackage("dev.slicewise.adapter.http")
                .should().dependOnClassesThat().resideInAPackage("dev.slicewise.adapter.http.(*).."));
    }

    @Test
    void nothing_dependsOnTheCompositionRoot() {
        check(noClasses().that().resideOutsideOfPackage("dev.slicewise.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("dev.slicewise.bootstrap.."));
    }

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }
}

package fr.simulateursons;

import fr.simulateursons.moteur.Moteur;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The engine's layering, as a test (the module boundary already keeps AWS, Lambda and commons-cli off its
 * classpath): no package of the moteur module knows the adapters' packages, and no two of its packages below the
 * public API depend on each other in a cycle. The root package, {@code fr.simulateursons.moteur}, is the API: its
 * vocabulary (codes, errors, states) is what every stage speaks, and its {@code Moteur} is what runs them, so it sits
 * both above and below them by design.
 */
class ArchitectureTest {

    private static final JavaClasses MOTEUR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.simulateursons");

    @Test
    void leMoteurNeConnaitAucunAdaptateur() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("fr.simulateursons.aws..",
                        "fr.simulateursons.api..", "fr.simulateursons.cli..", "com.amazonaws..", "software.amazon..",
                        "org.apache.commons.cli..")
                .check(MOTEUR);
    }

    @Test
    void aucunCycleEntreLesPaquetsSousLApi() {
        slices().matching("fr.simulateursons.moteur.(*)..").should().beFreeOfCycles().check(MOTEUR);
    }
}

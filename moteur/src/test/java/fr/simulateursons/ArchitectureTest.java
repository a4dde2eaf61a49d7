package fr.simulateursons;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The engine's layering, as a test (the module boundary already keeps AWS, Lambda and commons-cli off its
 * classpath): no package of the moteur module knows the adapters' packages, and no two packages depend on each
 * other — neither the top-level ones (json ← ressources ← engine ← sortie, revalidation, format, moteur) nor the
 * engine's own (its vocabulary at the root, one package per stage, the chain that runs them).
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
    void aucunCycleEntreLesPaquets() {
        slices().matching("fr.simulateursons.(*)..").should().beFreeOfCycles().check(MOTEUR);
    }

    @Test
    void aucunCycleEntreLesEtapesDuMoteur() {
        slices().matching("fr.simulateursons.(**)").should().beFreeOfCycles().check(MOTEUR);
    }
}

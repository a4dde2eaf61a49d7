package fr.simulateursons;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The doors (the CLI, the S3 pipeline, the API, re-validation) reach the engine through its public API only: the
 * root package {@code fr.simulateursons.moteur} (Moteur, its parameters, its result and status), the reports, the
 * format pack's tools and re-validation. Never a stage, a rule, a resource loader or the JSON internals.
 */
class PortesTest {

    private static final String MOTEUR = "fr.simulateursons.moteur";
    private static final Set<String> API = Set.of(MOTEUR, MOTEUR + ".rapports", MOTEUR + ".pack", MOTEUR + ".revalidation");

    private static final JavaClasses PORTES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.simulateursons.aws", "fr.simulateursons.api", "fr.simulateursons.cli");

    @Test
    void lesPortesNePassentQueParLApiPublique() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(MOTEUR + ".chaine..", MOTEUR + ".parametres..",
                        MOTEUR + ".fichier..", MOTEUR + ".format..", MOTEUR + ".demandes..", MOTEUR + ".cles..",
                        MOTEUR + ".ressources..", MOTEUR + ".json..")
                .check(PORTES);
    }

    @Test
    void auPlusQuatrePaquetsEtVingtTypesDuMoteur() {
        Set<String> types = new TreeSet<>();
        for (JavaClass c : PORTES) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass cible = d.getTargetClass().getBaseComponentType();
                while (cible.getEnclosingClass().isPresent()) {
                    cible = cible.getEnclosingClass().get();
                }
                if (cible.getPackageName().startsWith(MOTEUR)) {
                    types.add(cible.getName());
                }
            }
        }
        Set<String> paquets = new TreeSet<>();
        types.forEach(t -> paquets.add(t.substring(0, t.lastIndexOf('.'))));

        assertThat(paquets).as("paquets du moteur").isSubsetOf(API);
        assertThat(types).as("types du moteur (leurs types imbriqués comptent pour eux)").hasSizeLessThanOrEqualTo(20);
    }
}

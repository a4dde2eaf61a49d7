package fr.simulateursons.moteur.fichier;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The public JSONTestSuite corpus through the whole engine: no file may end in a crash or an internal error. */
class JsonTestSuiteTest {

    private static final Path CORPUS = Path.of("src/test/resources/jsontestsuite/test_parsing");

    @TestFactory
    Stream<DynamicTest> chaqueFichierDuCorpus() throws IOException {
        List<Path> fichiers;
        try (Stream<Path> s = Files.list(CORPUS)) {
            fichiers = s.sorted().toList();
        }
        assertThat(fichiers).hasSizeGreaterThan(300);
        return fichiers.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> verifier(f)));
    }

    private static void verifier(Path f) throws IOException {
        String nom = f.getFileName().toString();
        Resultat r = Fixtures.simuler(Files.readAllBytes(f), "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.etat()).as(nom).isIn(Etat.REJETE, Etat.REUSSI);
        assertThat(r.erreurs()).as(nom).isNotEmpty().allSatisfy(e -> assertThat(e.code()).isNotNull());
        boolean f02 = r.erreurs().stream().map(Erreur::code).anyMatch(Code.F02::equals);
        if (nom.startsWith("n_")) {
            assertThat(f02).as(nom + " must be F02").isTrue();
        } else if (nom.startsWith("y_object_duplicated_key")) {
            assertThat(f02).as(nom + ": duplicate keys are refused on purpose").isTrue();
        } else if (nom.startsWith("y_")) {
            assertThat(f02).as(nom + " must parse").isFalse();
        }
    }
}

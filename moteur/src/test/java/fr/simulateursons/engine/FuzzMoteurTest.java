package fr.simulateursons.engine;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.simulateursons.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing (Jazzer) of the engine's entry point: bytes → parse → schema → header → demandes.
 * Whatever the bytes, the simulation ends in REJETE or REUSSI with a stage and a message, never in an
 * exception or an internal error.
 * <p>
 * In a plain test run each input of {@code FuzzMoteurTestInputs/moteur/} (the seeds: examples, fixtures,
 * JSONTestSuite files, and every crash ever found) is replayed as a regression test. The build's
 * {@code fuzz} execution sets {@code JAZZER_FUZZ=1}: Jazzer then fuzzes for {@code maxDuration}, growing its
 * corpus in {@code function/.cifuzz-corpus/} (kept between local runs, so repeated runs go deeper), and
 * writes a crashing input to {@code FuzzMoteurTestInputs/moteur/} to be committed as a fixture.
 */
class FuzzMoteurTest {

    @FuzzTest(maxDuration = "60s")
    void moteur(byte[] entree) {
        Resultat r = Fixtures.simuler(entree, "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.etat()).isIn(Etat.REJETE, Etat.REUSSI);
        if (r.etat() == Etat.REJETE) {
            assertThat(r.etape()).isNotNull();
        }
        assertThat(r.message()).isNotBlank();
    }
}

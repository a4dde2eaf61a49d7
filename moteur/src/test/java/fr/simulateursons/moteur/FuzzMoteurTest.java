package fr.simulateursons.moteur;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.simulateursons.Fixtures;

/**
 * Coverage-guided fuzzing (Jazzer) of the engine's entry point: bytes → parse → schema → header → demandes, for
 * each type de demande. Whatever the bytes, the simulation ends in REJETE or REUSSI with a stage and a message,
 * never in an exception or an internal error.
 * <p>
 * In the plain test run each input of {@code FuzzMoteurTestInputs/} (the seeds, shared by both targets:
 * examples, fixtures, JSONTestSuite files) and of {@code FuzzMoteurTestInputs/<target>/} (every crash ever
 * found) is replayed as a regression test. The build's {@code fuzz-avance} and {@code fuzz-solde} executions
 * set {@code JAZZER_FUZZ=1}: Jazzer then fuzzes the target for its {@code maxDuration}, growing its corpus in
 * {@code moteur/.cifuzz-corpus/} (kept between local runs, so repeated runs go deeper), and writes a crashing
 * input to {@code FuzzMoteurTestInputs/<target>/}, to be committed as a regression fixture.
 */
class FuzzMoteurTest {

    @FuzzTest(maxDuration = "15s")
    void avance(byte[] entree) {
        Invariants.jamaisInterne(Fixtures.simuler(entree, "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES));
    }

    @FuzzTest(maxDuration = "15s")
    void solde(byte[] entree) {
        Invariants.jamaisInterne(Fixtures.simuler(entree, "SOLDE", "20", Fixtures.APRES_LES_EXEMPLES));
    }
}

package fr.simulateursons.aws;

import fr.simulateursons.Fixtures;
import fr.simulateursons.engine.Etat;
import fr.simulateursons.format.VerificationFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No JDK here can checkpoint: what the priming runs is tested directly. */
class AmorcageTest {

    @Test
    void lAmorcageCompileLePackEmbarqueEtSimuleSesDeuxExemples() {
        VerificationFormat.Verification v = Amorcage.amorcer(Fixtures.APRES_LES_EXEMPLES);

        assertThat(v.defauts()).isEmpty();
        assertThat(v.exemples()).extracting(VerificationFormat.Exemple::typeDemande).containsExactly("AVANCE", "SOLDE");
        assertThat(v.exemples()).extracting(e -> e.resultat().etat()).containsOnly(Etat.REUSSI);
    }
}

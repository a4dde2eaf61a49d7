package fr.simulateursons.aws;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.pack.OutilsPack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No JDK here can checkpoint: what the priming runs is tested directly. */
class AmorcageTest {

    @Test
    void lAmorcageCompileLePackEmbarqueEtSimuleSesDeuxExemples() {
        OutilsPack.Verification v = Amorcage.amorcer(Fixtures.APRES_LES_EXEMPLES);

        assertThat(v.defauts()).isEmpty();
        assertThat(v.exemples()).extracting(OutilsPack.Exemple::typeDemande).containsExactly("AVANCE", "SOLDE");
        assertThat(v.exemples()).extracting(e -> e.resultat().etat()).containsOnly(Etat.REUSSI);
    }
}

package fr.simulateursons.aws;

import fr.simulateursons.Fixtures;
import fr.simulateursons.engine.Etat;
import fr.simulateursons.engine.Resultat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No JDK here can checkpoint: what the priming runs is tested directly. */
class AmorcageTest {

    @Test
    void lAmorcageSimuleUneAvanceEtUnSoldeQuiReussissent() {
        assertThat(Amorcage.amorcer(Fixtures.APRES_LES_EXEMPLES)).extracting(Resultat::etat).containsExactly(Etat.REUSSI, Etat.REUSSI);
    }
}

package fr.simulateursons.moteur.annulation;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Resultat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulation whose thread is interrupted ends as an ERREUR_INTERNE, never a partial verdict, and leaves the flag
 * set for its caller. The stop within 100 ms of a guard's abandonment is held in the pipeline's {@code GardeTest}.
 */
class AnnulationTest {

    private static final Moteur MOTEUR = Moteur.builder().horloge(Fixtures.APRES_LES_EXEMPLES).build();

    /** Files that stop at each stage after the parameters: FICHIER passes, FORMAT, DEMANDES. */
    @ParameterizedTest
    @ValueSource(strings = {"avance-valide.json", "avance-rejet-format.json", "avance-rejet-demandes.json"})
    void surUnFilInterrompuLaSimulationFinitEnErreurInterneEtLeFilResteInterrompu(String exemple) {
        Thread.currentThread().interrupt();
        Resultat r = MOTEUR.simuler(Fixtures.exemple(exemple), Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"));
        boolean interrompu = Thread.interrupted();

        assertThat(r.etat()).isEqualTo(Etat.ERREUR_INTERNE);
        assertThat(r.cause()).containsInstanceOf(CancellationException.class);
        assertThat(r.fichierDeSortie()).isEmpty();
        assertThat(interrompu).isTrue();
    }

    @Test
    void sansInterruptionRienNeChange() {
        Resultat r = MOTEUR.simuler(Fixtures.exemple("avance-rejet-demandes.json"),
                Fixtures.parametres("SONS-V2-DEMO-DPI", "AVANCE", "20"));

        assertThat(r.etat()).isEqualTo(Etat.REJETE);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}

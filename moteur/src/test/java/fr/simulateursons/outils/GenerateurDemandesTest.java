package fr.simulateursons.outils;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmarks measure what they claim only if the generated files are what they claim. */
class GenerateurDemandesTest {

    @Test
    void unFichierValideDeQuatreMo() {
        byte[] f = GenerateurDemandes.avance(4 * 1024 * 1024, false);

        Resultat r = Fixtures.simuler(f, "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES);

        assertThat(f.length).isBetween(4 * 1024 * 1024 - 1024, 4 * 1024 * 1024);
        assertThat(r.erreurs()).isEmpty();
        assertThat(r.etat()).isEqualTo(Etat.REUSSI);
    }

    @Test
    void unFichierOuToutesLesDemandesSontEnAnomalie() {
        Resultat r = Fixtures.simuler(GenerateurDemandes.avance(64 * 1024, true), "AVANCE", "20",
                Fixtures.APRES_LES_EXEMPLES);

        assertThat(r.etat()).isEqualTo(Etat.REJETE);
        assertThat(r.synthese().orElseThrow().demandesEnAnomalie()).isEqualTo(r.synthese().orElseThrow().demandes());
    }
}

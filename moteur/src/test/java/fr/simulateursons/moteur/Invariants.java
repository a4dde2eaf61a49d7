package fr.simulateursons.moteur;

import static org.assertj.core.api.Assertions.assertThat;

/** What holds for every simulation, whatever its input: the properties and fuzz targets all check it. */
final class Invariants {

    private Invariants() {
    }

    /** REJETE or REUSSI, never an internal error; a rejection names its stage, with errors outside DEMANDES. */
    static void jamaisInterne(Resultat r) {
        assertThat(r.etat()).isIn(Etat.REJETE, Etat.REUSSI);
        if (r.etat() == Etat.REJETE) {
            assertThat(r.etape()).isNotNull();
            assertThat(r.erreurs().isEmpty()).isEqualTo(r.etape() == Etape.DEMANDES);
        }
        assertThat(r.message()).isNotBlank();
    }
}

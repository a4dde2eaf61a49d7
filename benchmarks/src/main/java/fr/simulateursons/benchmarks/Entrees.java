package fr.simulateursons.benchmarks;

import fr.simulateursons.engine.fichier.Fichier;
import fr.simulateursons.engine.parametres.SourcesDeParametres;

import java.util.Map;

/** What every benchmark feeds the engine: the demo parameters and an in-memory file. */
final class Entrees {

    static final SourcesDeParametres PARAMETRES = SourcesDeParametres.options(Map.of(
            SourcesDeParametres.NUMERO_ANS, "SONS-V2-DEMO-DPI",
            SourcesDeParametres.TYPE_DEMANDE, "AVANCE",
            SourcesDeParametres.TAUX_TVA, "20"));

    private Entrees() {
    }

    static Fichier fichier(byte[] octets) {
        return Fichier.de(octets);
    }

}

package fr.simulateursons.benchmarks;

import fr.simulateursons.engine.fichier.Fichier;
import fr.simulateursons.engine.parametres.Parametres;
import fr.simulateursons.engine.parametres.SourcesDeParametres;
import fr.simulateursons.engine.parametres.TauxTva;
import fr.simulateursons.engine.parametres.TypeDemande;
import fr.simulateursons.ressources.SourcesDeRessources;
import fr.simulateursons.ressources.format.ChargementFormat;
import fr.simulateursons.ressources.format.FormatIncoherent;
import fr.simulateursons.ressources.format.FormatSons;
import fr.simulateursons.ressources.format.SourceFormat;

import java.util.Map;

/** What every benchmark feeds the engine: the demo parameters, the bundled pack and an in-memory file. */
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

    static FormatSons format() {
        try {
            return ChargementFormat.charger(SourceFormat.embarque());
        } catch (FormatIncoherent e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same parameters once PARAMETRES has read them, for the FORMAT stage alone. */
    static Parametres parametresLus() {
        try {
            return new Parametres("SONS-V2-DEMO-DPI", TypeDemande.AVANCE, TauxTva.lire("20").orElseThrow(),
                    SourcesDeRessources.defaut().charger().referentiel().solution("SONS-V2-DEMO-DPI").orElseThrow());
        } catch (fr.simulateursons.ressources.RessourcesIllisibles e) {
            throw new IllegalStateException(e);
        }
    }
}

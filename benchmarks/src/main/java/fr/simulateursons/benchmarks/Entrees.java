package fr.simulateursons.benchmarks;

import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.parametres.Parametres;
import fr.simulateursons.moteur.parametres.SourcesDeParametres;
import fr.simulateursons.moteur.parametres.TauxTva;
import fr.simulateursons.moteur.parametres.TypeDemande;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import fr.simulateursons.moteur.pack.ChargementPack;
import fr.simulateursons.moteur.pack.PackIncoherent;
import fr.simulateursons.moteur.pack.Pack;
import fr.simulateursons.moteur.pack.SourcePack;

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

    static Pack format() {
        try {
            return ChargementPack.charger(SourcePack.embarque());
        } catch (PackIncoherent e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same parameters once PARAMETRES has read them, for the FORMAT stage alone. */
    static Parametres parametresLus() {
        try {
            return new Parametres("SONS-V2-DEMO-DPI", TypeDemande.AVANCE, TauxTva.lire("20").orElseThrow(),
                    SourcesDeRessources.defaut().charger().referentiel().solution("SONS-V2-DEMO-DPI").orElseThrow());
        } catch (fr.simulateursons.moteur.ressources.RessourcesIllisibles e) {
            throw new IllegalStateException(e);
        }
    }
}

package fr.simulateursons.benchmarks;

import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.DateDepot;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.parametres.ParametresValides;
import fr.simulateursons.moteur.parametres.TauxTva;
import fr.simulateursons.moteur.parametres.TypeDemande;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import fr.simulateursons.moteur.pack.ChargementPack;
import fr.simulateursons.moteur.pack.PackIncoherent;
import fr.simulateursons.moteur.pack.Pack;
import fr.simulateursons.moteur.pack.SourcePack;

import java.time.Instant;

/** What every benchmark feeds the engine: the demo parameters, the bundled pack and an in-memory file. */
final class Entrees {

    static final Parametres PARAMETRES = Parametres.avance("SONS-V2-DEMO-DPI", "20");

    private Entrees() {
    }

    static Fichier fichier(byte[] octets) {
        return Fichier.de(octets);
    }

    static Pack format() {
        try {
            return ChargementPack.charger(SourcePack.embarque().sous("vague2"));
        } catch (PackIncoherent e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same parameters once PARAMETRES has read them, for the FORMAT stage alone. */
    static ParametresValides parametresLus() {
        try {
            return new ParametresValides("SONS-V2-DEMO-DPI", TypeDemande.AVANCE, TauxTva.lire("20").orElseThrow(),
                    SourcesDeRessources.defaut().charger().referentiel().solution("SONS-V2-DEMO-DPI").orElseThrow(),
                    DateDepot.maintenant(Instant.now()), format());
        } catch (fr.simulateursons.moteur.RessourcesIllisibles e) {
            throw new IllegalStateException(e);
        }
    }
}

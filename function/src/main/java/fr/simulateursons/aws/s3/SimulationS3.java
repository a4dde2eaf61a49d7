package fr.simulateursons.aws.s3;

import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Statut;

/**
 * The engine on one S3 object: its parameters from its metadata then its tags, its bytes, the resources in force.
 * Never throws: a store that fails is an ERREUR_INTERNE result, like any other fault.
 */
public final class SimulationS3 {

    /** The result, and the object as the status names it (from HEAD when it could be read, else from the event). */
    public record Simule(Resultat resultat, Statut.Entree entree) {
    }

    private final StockageS3 stockage;
    private final Moteur moteur;

    public SimulationS3(StockageS3 stockage, Moteur moteur) {
        this.stockage = stockage;
        this.moteur = moteur;
    }

    /** The same on resources read once now: a lot of a run judges all its objects against the same ones. */
    public SimulationS3 figee() {
        return new SimulationS3(stockage, moteur.figer());
    }

    public Simule simuler(ObjetDepose o) {
        Statut.Entree entree = o.entree();
        try {
            StockageS3.Entete entete = stockage.entete(o);
            entree = new Statut.Entree(o.cle(), entete.versionId(), entete.etag(), entete.taille());
            Parametres parametres = new Parametres(entete.metadonnees(), stockage.tags(o, entete));
            return new Simule(moteur.simuler(stockage.fichier(o, entete), parametres), entree);
        } catch (RuntimeException e) {
            return new Simule(Resultat.erreurInterne(e), entree);
        }
    }
}

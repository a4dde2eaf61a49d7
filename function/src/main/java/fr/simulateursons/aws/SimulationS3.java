package fr.simulateursons.aws;

import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.chaine.Simulation;
import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.fichier.FichierRetenu;
import fr.simulateursons.moteur.parametres.SourcesDeParametres;
import fr.simulateursons.moteur.Entree;

import java.util.Optional;

/**
 * The chain on one S3 object: its parameters from its metadata then its tags, its bytes, the resources in
 * force. Never throws: a store that fails is an ERREUR_INTERNE result, like any other fault.
 */
public final class SimulationS3 {

    /**
     * The result, the object as the status names it (from HEAD when it could be read, else from the event), and its
     * bytes when the engine read it whole (for the attestation's SHA-256, without a second GET).
     */
    public record Simule(Resultat resultat, Entree entree, Optional<Fichier> lu) {
    }

    private final StockageS3 stockage;
    private final Configuration configuration;
    private final Simulation simulation;

    public SimulationS3(StockageS3 stockage, Configuration configuration, Simulation simulation) {
        this.stockage = stockage;
        this.configuration = configuration;
        this.simulation = simulation;
    }

    public Simule simuler(ObjetDepose o) {
        Entree entree = new Entree(o.cle(), o.versionId(), o.etag(), o.taille());
        try {
            StockageS3.Entete entete = stockage.entete(o);
            entree = new Entree(o.cle(), entete.versionId(), entete.etag(), entete.taille());
            SourcesDeParametres parametres = new SourcesDeParametres(entete.metadonnees(), stockage.tags(o, entete));
            FichierRetenu fichier = new FichierRetenu(stockage.fichier(o, entete));
            Resultat r = simulation.simuler(parametres, fichier, configuration.ressources(stockage));
            return new Simule(r, entree, fichier.lu());
        } catch (RuntimeException e) {
            return new Simule(Resultat.erreurInterne(e), entree, Optional.empty());
        }
    }
}

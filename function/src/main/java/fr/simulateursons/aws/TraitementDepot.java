package fr.simulateursons.aws;

import fr.simulateursons.engine.Etat;
import fr.simulateursons.engine.Resultat;
import fr.simulateursons.engine.chaine.Simulation;
import fr.simulateursons.sortie.Entree;
import fr.simulateursons.sortie.Statut;
import fr.simulateursons.sortie.StatutJson;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One uploaded object, end to end: {@code statuts/K} EN_COURS, the chain, {@code sorties/K} when there is an
 * annotated file, then the final {@code statuts/K}, last. Any fault after EN_COURS still ends in a final
 * ERREUR_INTERNE status where it can be written, then fails the invocation so that Lambda retries it and
 * its failure destination sees it. The input object is only read.
 */
public final class TraitementDepot {

    public static final String STATUTS = "statuts/";
    public static final String SORTIES = "sorties/";

    /** Thrown after the final status is written, so that the invocation fails without a second status. */
    public static final class SimulationEnErreur extends RuntimeException {
        SimulationEnErreur(String cle, Throwable cause) {
            super("Simulation en ERREUR_INTERNE : " + cle, cause);
        }
    }

    private final StockageS3 stockage;
    private final Configuration configuration;
    private final SimulationS3 simulation;
    private final Clock horloge;
    private final Journal journal;

    TraitementDepot(StockageS3 stockage, Configuration configuration, Simulation simulation, Clock horloge,
                    Journal journal) {
        this.stockage = stockage;
        this.configuration = configuration;
        this.simulation = new SimulationS3(stockage, configuration, simulation);
        this.horloge = horloge;
        this.journal = journal;
    }

    public void traiter(ObjetDepose o) {
        if (o.bucket().equals(configuration.bucketResultats())) {
            journal.ignore(o, "bucket des résultats");
            return;
        }
        if (o.cle().startsWith(STATUTS) || o.cle().startsWith(SORTIES)) {
            journal.ignore(o, "préfixe de résultats");
            return;
        }
        String id = identifiant(o);
        Instant debut = maintenant();
        ecrire(STATUTS + o.cle(), StatutJson.texte(Statut.enCours(id,
                new Entree(o.cle(), o.versionId(), o.etag(), o.taille()), debut)));

        SimulationS3.Simule simule = simulation.simuler(o);
        Resultat resultat = simule.resultat();
        String sortie = null;
        if (resultat.fichierDeSortie().isPresent()) {
            try {
                stockage.ecrireJson(configuration.bucketResultats(), SORTIES + o.cle(), resultat.fichierDeSortie().get());
                sortie = SORTIES + o.cle();
            } catch (RuntimeException e) {
                resultat = Resultat.erreurInterne(e);
            }
        }
        Statut statut = Statut.de(id, resultat, simule.entree(), sortie, debut, maintenant());
        journal.simulation(o.bucket(), statut, resultat.cause().orElse(null));
        ecrire(STATUTS + o.cle(), StatutJson.texte(statut));
        if (resultat.etat() == Etat.ERREUR_INTERNE) {
            throw new SimulationEnErreur(o.cle(), resultat.cause().orElse(null));
        }
    }

    /** The same object version always gets the same id, so that a retried event writes the same outputs. */
    static String identifiant(ObjetDepose o) {
        String version = o.versionId() != null ? o.versionId() : String.valueOf(o.etag());
        return UUID.nameUUIDFromBytes((o.bucket() + "/" + o.cle() + "@" + version).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private void ecrire(String cle, String json) {
        stockage.ecrireJson(configuration.bucketResultats(), cle, json.getBytes(StandardCharsets.UTF_8));
    }

    private Instant maintenant() {
        return horloge.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

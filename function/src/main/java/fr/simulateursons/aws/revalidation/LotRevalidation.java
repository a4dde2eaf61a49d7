package fr.simulateursons.aws.revalidation;

import fr.simulateursons.aws.s3.Cles;
import fr.simulateursons.aws.s3.ObjetDepose;
import fr.simulateursons.aws.s3.SimulationS3;

import fr.simulateursons.moteur.revalidation.Runs;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The worker's job: simulate each key of a lot with the parameters stored on it; write the run's status and verdict
 * of each, then the lot's lines (verdict before and after), last, which is what the run's end counts. A file that
 * cannot be simulated is an ERREUR_INTERNE of the run, not a failure of the message.
 */
final class LotRevalidation {

    private final Runs runs;
    private final MagasinRunsS3 magasin;
    private final SimulationS3 simulation;
    private final String bucketDepots;
    private final Clock horloge;

    LotRevalidation(Runs runs, MagasinRunsS3 magasin, SimulationS3 simulation, String bucketDepots, Clock horloge) {
        this.runs = runs;
        this.magasin = magasin;
        this.simulation = simulation;
        this.bucketDepots = bucketDepots;
        this.horloge = horloge;
    }

    void traiter(MessagesRevalidation.Lot lot) {
        List<Runs.Revalide> fichiers = new ArrayList<>();
        for (MessagesRevalidation.Objet objet : lot.objets()) {
            ObjetDepose o = new ObjetDepose(bucketDepots, objet.cle(), null, objet.etag(), null);
            Instant debut = horloge.instant().truncatedTo(ChronoUnit.MILLIS);
            SimulationS3.Simule s = simulation.simuler(o);
            fichiers.add(runs.enregistrer(lot.runId(), lot.precedent(), s.entree(), s.resultat(), debut,
                    horloge.instant().truncatedTo(ChronoUnit.MILLIS), origine(o.cle())));
        }
        runs.ecrireLot(lot.runId(), lot.lot(), fichiers);
    }

    /** The original simulation: the live status and the annotated file it names. */
    private Runs.Origine origine(String cle) {
        return new Runs.Origine() {
            @Override
            public Optional<byte[]> statut() {
                return magasin.lireCle(Cles.statut(cle));
            }

            @Override
            public Optional<byte[]> fichier(String sortie) {
                return magasin.lireCle(sortie);
            }
        };
    }
}

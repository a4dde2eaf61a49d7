package fr.simulateursons.aws.revalidation;

import fr.simulateursons.aws.s3.Cles;
import fr.simulateursons.aws.s3.ObjetDepose;
import fr.simulateursons.aws.s3.SimulationS3;

import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.revalidation.Runs;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The worker's job: simulate each key of a lot with the parameters stored on it, then write the lot's lines (verdict
 * before and after) and the statuses of its files that are not REUSSI, in one object, which is what the run's end
 * counts and gathers: nothing is written per file. A file that cannot be simulated is an ERREUR_INTERNE of the run,
 * not a failure of the message.
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
        SimulationS3 figee = simulation.figee();
        for (MessagesRevalidation.Objet objet : lot.objets()) {
            ObjetDepose o = new ObjetDepose(bucketDepots, objet.cle(), null, objet.etag(), null);
            Instant debut = horloge.instant().truncatedTo(ChronoUnit.MILLIS);
            SimulationS3.Simule s = figee.simuler(o);
            fichiers.add(runs.revalider(lot.runId(), lot.precedent(), s.entree(), s.resultat(), debut,
                    horloge.instant().truncatedTo(ChronoUnit.MILLIS), origine(o.cle()), raison(s.resultat())));
        }
        runs.ecrireLot(lot.runId(), lot.lot(), fichiers);
    }

    /** Why an object could not be judged, when the store says: it was deleted since the run listed it. */
    private static String raison(Resultat r) {
        return r.cause().filter(c -> c instanceof NoSuchKeyException).map(c -> "l'objet a disparu de l'archive pendant le run")
                .orElse(null);
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

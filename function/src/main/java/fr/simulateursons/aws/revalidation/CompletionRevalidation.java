package fr.simulateursons.aws.revalidation;

import fr.simulateursons.moteur.revalidation.Run;
import fr.simulateursons.moteur.revalidation.Runs;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The run's end, judged by progress: a check counts the lots written; when they are all there it writes the report.
 * Otherwise it checks again later, for as long as lots keep arriving, and gives up (a report with
 * {@code "complet": false}, which never becomes the next run's reference) only after
 * {@link TravauxRevalidation.Reglages#controlesSansProgres()} checks without a new lot, or after a number of checks that
 * grows with the run's lots.
 */
final class CompletionRevalidation {

    private final Runs runs;
    private final MagasinRunsS3 magasin;
    private final MessagesRevalidation messages;
    private final TravauxRevalidation.Reglages reglages;
    private final Clock horloge;

    CompletionRevalidation(Runs runs, MagasinRunsS3 magasin, MessagesRevalidation messages,
                           TravauxRevalidation.Reglages reglages, Clock horloge) {
        this.runs = runs;
        this.magasin = magasin;
        this.messages = messages;
        this.reglages = reglages;
        this.horloge = horloge;
    }

    void controler(MessagesRevalidation.Controle c) {
        Run manifeste = runs.manifeste(c.runId())
                .orElseThrow(() -> new IllegalStateException("run sans manifeste : " + c.runId()));
        List<String> lots = magasin.lots(c.runId());
        boolean complet = lots.size() >= manifeste.lots();
        int sansProgres = lots.size() > c.lotsVus() ? 0 : c.sansProgres() + 1;
        if (!complet && sansProgres < reglages.controlesSansProgres() && c.tentative() < limite(manifeste)) {
            messages.envoyer(List.of(new MessagesRevalidation.Controle(MessagesRevalidation.CONTROLE, c.runId(),
                    c.tentative() + 1, lots.size(), sansProgres)), Math.max(reglages.delaiControleSecondes(), 1));
            return;
        }
        runs.conclureDepuisLots(manifeste, horloge.instant().truncatedTo(ChronoUnit.SECONDS), complet, lots);
    }

    /** However fast lots arrive, a run is not watched for ever: a base, and one more check per lot. */
    private int limite(Run m) {
        return reglages.tentativesMin() + m.lots();
    }
}

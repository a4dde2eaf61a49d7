package fr.simulateursons.aws;

import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.revalidation.Run;

/**
 * Scheduled re-validation of the archive (the input bucket) against the resources in force, in three jobs:
 * {@link LancementRevalidation} lists the archive and fans the lots out on the queue, {@link LotRevalidation}
 * re-validates one lot, {@link CompletionRevalidation} writes the report once the lots are in. The layout, the
 * choice of reference and the report are {@link fr.simulateursons.moteur.revalidation.Runs}', shared with
 * {@code simuler-lot}. Everything lives under {@code revalidations/<runId>/} in the results bucket: the live
 * {@code statuts/K} are never touched. Every step is idempotent: a message delivered twice, or a run re-launched
 * with the same id, writes the same objects.
 */
public final class Revalidation {

    /**
     * Where the archive is, where the lots go, and how the end of a run is watched for.
     *
     * @param delaiControleSecondes between two checks of a run's end
     * @param tentativesMin         checks of a run's end at most, plus one per lot
     * @param controlesSansProgres  checks in a row without a new lot after which the run is reported incomplete
     */
    public record Reglages(String bucketDepots, String urlFile, int fichiersParLot, int delaiControleSecondes,
                           int tentativesMin, int controlesSansProgres) {
    }

    private final LancementRevalidation lancement;
    private final LotRevalidation lots;
    private final CompletionRevalidation completion;

    Revalidation(LancementRevalidation lancement, LotRevalidation lots, CompletionRevalidation completion) {
        this.lancement = lancement;
        this.lots = lots;
        this.completion = completion;
    }

    /** {@code runId} null: the current UTC time; {@code prefixe}: only the archive's keys under it. */
    public Run lancer(String runId, String prefixe) {
        return lancement.lancer(runId, prefixe);
    }

    /** One message of the run's queue, to the job it is for. */
    public void traiter(String corps) {
        String type = JsonStrict.MAPPER.readTree(corps).path("type").asString("");
        switch (type) {
            case MessagesRevalidation.LOT -> lots.traiter(JsonStrict.MAPPER.readValue(corps, MessagesRevalidation.Lot.class));
            case MessagesRevalidation.CONTROLE -> completion.controler(
                    JsonStrict.MAPPER.readValue(corps, MessagesRevalidation.Controle.class));
            default -> throw new IllegalArgumentException("message de re-validation inconnu : " + type);
        }
    }
}

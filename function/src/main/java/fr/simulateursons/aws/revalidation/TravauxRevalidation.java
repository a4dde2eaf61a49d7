package fr.simulateursons.aws.revalidation;

import fr.simulateursons.aws.Amorcage;
import fr.simulateursons.aws.ClientsAws;
import fr.simulateursons.aws.Configuration;
import fr.simulateursons.aws.Json;
import fr.simulateursons.aws.s3.SimulationS3;
import fr.simulateursons.aws.s3.StockageS3;
import fr.simulateursons.moteur.revalidation.Run;
import fr.simulateursons.moteur.revalidation.Runs;

import java.time.Clock;
import java.util.Map;

/**
 * Scheduled re-validation of the archive (the input bucket) against the resources in force, in three jobs:
 * {@link LancementRevalidation} lists the archive and fans the lots out on the queue, {@link LotRevalidation}
 * re-validates one lot, {@link CompletionRevalidation} writes the report once the lots are in. The layout, the
 * choice of reference and the report are {@link fr.simulateursons.moteur.revalidation.Runs}', shared with
 * {@code simuler-lot}. Everything lives under {@code revalidations/<runId>/} in the results bucket: the live
 * {@code statuts/K} are never touched. Every step is idempotent: a message delivered twice, or a run re-launched
 * with the same id, writes the same objects.
 */
public final class TravauxRevalidation {

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

    static {
        Amorcage.enregistrer();
    }

    /** What a Lambda execution environment builds once, behind the handlers' no-arg constructors. */
    private static final class Instance {
        static final TravauxRevalidation TRAVAUX = depuis(System.getenv(), Clock.systemUTC());
    }

    private final LancementRevalidation lancement;
    private final LotRevalidation lots;
    private final CompletionRevalidation completion;

    TravauxRevalidation(LancementRevalidation lancement, LotRevalidation lots, CompletionRevalidation completion) {
        this.lancement = lancement;
        this.lots = lots;
        this.completion = completion;
    }

    /**
     * Re-validation wired from its environment: {@code DEPOTS_BUCKET} (the archive), {@code RESULTS_BUCKET} and the
     * resource URIs as for the pipeline, {@code REVALIDATION_QUEUE_URL}, and optionally
     * {@code REVALIDATION_FICHIERS_PAR_LOT} (25), {@code REVALIDATION_DELAI_CONTROLE} (seconds between two checks
     * of a run's end, 30), {@code REVALIDATION_TENTATIVES} (checks at most, plus one per lot: 120) and
     * {@code REVALIDATION_CONTROLES_SANS_PROGRES} (checks in a row without a new lot before the report is written
     * incomplete, 300: 2 h 30 at 30 s, the time a lot takes to exhaust its 5 receives of 30 minutes).
     */
    public static TravauxRevalidation depuis(Map<String, String> env, Clock horloge) {
        Configuration configuration = Configuration.depuis(env);
        ClientsAws clients = new ClientsAws(env);
        var s3 = clients.s3();
        TravauxRevalidation.Reglages reglages = new TravauxRevalidation.Reglages(requis(env, "DEPOTS_BUCKET"),
                requis(env, "REVALIDATION_QUEUE_URL"),
                Integer.parseInt(env.getOrDefault("REVALIDATION_FICHIERS_PAR_LOT", "25")),
                Integer.parseInt(env.getOrDefault("REVALIDATION_DELAI_CONTROLE", "30")),
                Integer.parseInt(env.getOrDefault("REVALIDATION_TENTATIVES", "120")),
                Integer.parseInt(env.getOrDefault("REVALIDATION_CONTROLES_SANS_PROGRES", "300")));
        StockageS3 stockage = new StockageS3(s3);
        MagasinRunsS3 magasin = new MagasinRunsS3(s3, configuration.bucketResultats());
        Runs runs = new Runs(magasin);
        MessagesRevalidation messages = new MessagesRevalidation(clients.sqs(), reglages.urlFile());
        SimulationS3 simulation = new SimulationS3(stockage, configuration.moteur(stockage, horloge));
        return new TravauxRevalidation(new LancementRevalidation(s3, runs, messages, reglages, horloge),
                new LotRevalidation(runs, magasin, simulation, reglages.bucketDepots(), horloge),
                new CompletionRevalidation(runs, magasin, messages, reglages, horloge));
    }
    private static String requis(Map<String, String> env, String nom) {
        String v = env.get(nom);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(nom + " n'est pas défini");
        }
        return v;
    }

    static TravauxRevalidation instance() {
        return Instance.TRAVAUX;
    }

    /** {@code runId} null: the current UTC time; {@code prefixe}: only the archive's keys under it. */
    public Run lancer(String runId, String prefixe) {
        return lancement.lancer(runId, prefixe);
    }

    /** One message of the run's queue, to the job it is for. */
    public void traiter(String corps) {
        String type = Json.MAPPER.readTree(corps).path("type").asString("");
        switch (type) {
            case MessagesRevalidation.LOT -> lots.traiter(Json.MAPPER.readValue(corps, MessagesRevalidation.Lot.class));
            case MessagesRevalidation.CONTROLE -> completion.controler(
                    Json.MAPPER.readValue(corps, MessagesRevalidation.Controle.class));
            default -> throw new IllegalArgumentException("message de re-validation inconnu : " + type);
        }
    }
}

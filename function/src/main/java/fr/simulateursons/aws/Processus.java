package fr.simulateursons.aws;

import fr.simulateursons.moteur.chaine.Simulation;
import fr.simulateursons.moteur.revalidation.Runs;

import java.time.Clock;
import java.util.Map;

/**
 * What a Lambda execution environment builds once and keeps across invocations: the AWS clients and the
 * compiled schemas, behind the handlers' no-arg constructors. Built on first use, so that a SnapStart
 * snapshot taken after a first (priming) invocation holds them ready.
 */
final class Processus {

    private Processus() {
    }

    static {
        Amorcage.enregistrer();
    }

    private static final class Instance {
        static final Configuration CONFIGURATION = Configuration.depuis(System.getenv());
        static final TraitementDepot TRAITEMENT = traitement(System.getenv(), Clock.systemUTC());
    }

    private static final class InstanceRevalidation {
        static final Revalidation REVALIDATION = revalidation(System.getenv(), Clock.systemUTC());
    }

    static TraitementDepot traitement() {
        return Instance.TRAITEMENT;
    }

    static Configuration configuration() {
        return Instance.CONFIGURATION;
    }

    static Revalidation revalidation() {
        return InstanceRevalidation.REVALIDATION;
    }

    /**
     * The pipeline wired from its environment ({@link Configuration}, {@link ClientsAws}): each S3 write is given the
     * SDK's call timeout, which the guard keeps in reserve for every write left.
     */
    static TraitementDepot traitement(Map<String, String> env, Clock horloge) {
        ClientsAws clients = new ClientsAws(env);
        return new TraitementDepot(new StockageS3(clients.s3()), Configuration.depuis(env),
                new Simulation(horloge), horloge, clients.delais().appel());
    }

    /**
     * Re-validation wired from its environment: {@code DEPOTS_BUCKET} (the archive), {@code RESULTS_BUCKET} and the
     * resource URIs as for the pipeline, {@code REVALIDATION_QUEUE_URL}, and optionally
     * {@code REVALIDATION_FICHIERS_PAR_LOT} (25), {@code REVALIDATION_DELAI_CONTROLE} (seconds between two checks
     * of a run's end, 30), {@code REVALIDATION_TENTATIVES} (checks at most, plus one per lot: 120) and
     * {@code REVALIDATION_CONTROLES_SANS_PROGRES} (checks in a row without a new lot before the report is written
     * incomplete, 300: 2 h 30 at 30 s, the time a lot takes to exhaust its 5 receives of 30 minutes).
     */
    static Revalidation revalidation(Map<String, String> env, Clock horloge) {
        Configuration configuration = Configuration.depuis(env);
        ClientsAws clients = new ClientsAws(env);
        var s3 = clients.s3();
        Revalidation.Reglages reglages = new Revalidation.Reglages(requis(env, "DEPOTS_BUCKET"),
                requis(env, "REVALIDATION_QUEUE_URL"),
                Integer.parseInt(env.getOrDefault("REVALIDATION_FICHIERS_PAR_LOT", "25")),
                Integer.parseInt(env.getOrDefault("REVALIDATION_DELAI_CONTROLE", "30")),
                Integer.parseInt(env.getOrDefault("REVALIDATION_TENTATIVES", "120")),
                Integer.parseInt(env.getOrDefault("REVALIDATION_CONTROLES_SANS_PROGRES", "300")));
        StockageS3 stockage = new StockageS3(s3);
        MagasinRunsS3 magasin = new MagasinRunsS3(s3, configuration.bucketResultats());
        Runs runs = new Runs(magasin);
        MessagesRevalidation messages = new MessagesRevalidation(clients.sqs(), reglages.urlFile());
        SimulationS3 simulation = new SimulationS3(stockage, configuration, new Simulation(horloge));
        return new Revalidation(new LancementRevalidation(s3, runs, messages, reglages, horloge),
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
}

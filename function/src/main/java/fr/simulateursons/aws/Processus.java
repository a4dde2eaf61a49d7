package fr.simulateursons.aws;

import fr.simulateursons.engine.chaine.Simulation;

import java.time.Clock;
import java.util.Map;

/**
 * What a Lambda execution environment builds once and keeps across invocations: the S3 client and the
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
        static final TraitementDepot TRAITEMENT = creer();

        private static TraitementDepot creer() {
            Configuration configuration = Configuration.depuis(System.getenv());
            StockageS3 stockage = new StockageS3(new ClientsAws(System.getenv()).s3());
            return new TraitementDepot(stockage, configuration, new Simulation(Clock.systemUTC()),
                    Clock.systemUTC(), new Journal(System.out, configuration.journal()));
        }
    }

    private static final class InstanceRevalidation {
        static final Revalidation REVALIDATION = revalidation(System.getenv(), Clock.systemUTC());
    }

    static TraitementDepot traitement() {
        return Instance.TRAITEMENT;
    }

    static Revalidation revalidation() {
        return InstanceRevalidation.REVALIDATION;
    }

    /**
     * Re-validation wired from its environment: {@code DEPOTS_BUCKET} (the archive), {@code RESULTS_BUCKET} and
     * the resource URIs as for the pipeline, {@code REVALIDATION_QUEUE_URL}, and optionally
     * {@code REVALIDATION_FICHIERS_PAR_LOT} (25), {@code REVALIDATION_DELAI_CONTROLE} (seconds between two checks
     * of a run's end, 30) and {@code REVALIDATION_TENTATIVES} (checks before the report is written incomplete, 120).
     */
    static Revalidation revalidation(Map<String, String> env, Clock horloge) {
        Configuration configuration = Configuration.depuis(env);
        ClientsAws clients = new ClientsAws(env);
        var s3 = clients.s3();
        Revalidation.Reglages reglages = new Revalidation.Reglages(requis(env, "DEPOTS_BUCKET"),
                requis(env, "REVALIDATION_QUEUE_URL"),
                Integer.parseInt(env.getOrDefault("REVALIDATION_FICHIERS_PAR_LOT", "25")),
                Integer.parseInt(env.getOrDefault("REVALIDATION_DELAI_CONTROLE", "30")),
                Integer.parseInt(env.getOrDefault("REVALIDATION_TENTATIVES", "120")));
        StockageS3 stockage = new StockageS3(s3);
        return new Revalidation(s3, clients.sqs(), configuration,
                new SimulationS3(stockage, configuration, new Simulation(horloge)), reglages, horloge);
    }

    private static String requis(Map<String, String> env, String nom) {
        String v = env.get(nom);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(nom + " n'est pas défini");
        }
        return v;
    }

    /** For tests and local runs: the same wiring over a given client and settings. */
    static TraitementDepot traitement(StockageS3 stockage, Configuration configuration, Clock horloge) {
        return new TraitementDepot(stockage, configuration, new Simulation(horloge), horloge,
                new Journal(System.out, configuration.journal()));
    }
}

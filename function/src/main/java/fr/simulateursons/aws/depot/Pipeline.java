package fr.simulateursons.aws.depot;

import fr.simulateursons.aws.Amorcage;
import fr.simulateursons.aws.ClientsAws;
import fr.simulateursons.aws.Configuration;
import fr.simulateursons.aws.s3.SimulationS3;
import fr.simulateursons.aws.s3.StockageS3;
import fr.simulateursons.moteur.Moteur;

import java.time.Clock;
import java.util.Map;

/**
 * The pipeline as a Lambda execution environment builds it once and keeps it across invocations: the AWS clients
 * and the engine, behind the handlers' no-arg constructors. Built on first use, so that a SnapStart snapshot taken
 * after the priming holds them ready.
 */
public final class Pipeline {

    static {
        Amorcage.enregistrer();
    }

    private static final class Instance {
        static final Configuration CONFIGURATION = Configuration.depuis(System.getenv());
        static final TraitementDepot TRAITEMENT = traitement(System.getenv(), Clock.systemUTC());
    }

    private Pipeline() {
    }

    static TraitementDepot traitement() {
        return Instance.TRAITEMENT;
    }

    static Configuration configuration() {
        return Instance.CONFIGURATION;
    }

    /**
     * The pipeline wired from an environment ({@link Configuration}, {@link ClientsAws}): each S3 write is given the
     * SDK's call timeout, which the guard keeps in reserve for every write left.
     */
    public static TraitementDepot traitement(Map<String, String> env, Clock horloge) {
        return traitement(env, horloge, null);
    }

    /**
     * The same, on an engine of the caller's (a local run given its resources as files: {@code servir}); null: the
     * environment's resources.
     */
    public static TraitementDepot traitement(Map<String, String> env, Clock horloge, Moteur moteur) {
        ClientsAws clients = new ClientsAws(env);
        Configuration configuration = Configuration.depuis(env);
        StockageS3 stockage = new StockageS3(clients.s3());
        return new TraitementDepot(stockage, configuration, new SimulationS3(stockage,
                moteur != null ? moteur : configuration.moteur(stockage, horloge)), horloge, clients.delais().appel());
    }
}

package fr.simulateursons.api;

import fr.simulateursons.moteur.Moteur;

import fr.simulateursons.aws.ClientsAws;
import fr.simulateursons.aws.Configuration;
import fr.simulateursons.aws.s3.StockageS3;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The API wired from its environment: {@code DEPOTS_BUCKET} (where uploads go), {@code RESULTS_BUCKET} and the
 * resource URIs as for the pipeline, {@code DEPOT_EXPIRATION_SECONDES} (life of an upload URL, default 900),
 * {@code API_KEYS} (accepted {@code x-api-key} values, for local runs: on AWS the authorizer checks the key and
 * {@link ApiHandler} that it did; none: open).
 */
public final class Api {

    private Api() {
    }

    public static RouteurApi depuis(Map<String, String> env, Clock horloge) {
        return depuis(env, horloge, null);
    }

    /** The same, on an engine of the caller's ({@code servir} given its resources as files); null: the environment's. */
    public static RouteurApi depuis(Map<String, String> env, Clock horloge, Moteur moteur) {
        Configuration configuration = Configuration.depuis(env);
        String depots = env.get("DEPOTS_BUCKET");
        if (depots == null || depots.isBlank()) {
            throw new IllegalStateException("DEPOTS_BUCKET n'est pas défini");
        }
        Duration duree = Duration.ofSeconds(Long.parseLong(env.getOrDefault("DEPOT_EXPIRATION_SECONDES", "900")));
        ClientsAws clients = new ClientsAws(env);
        StockageS3 stockage = new StockageS3(clients.s3());
        ServiceSimulations service = new ServiceSimulations(stockage, clients.presigneur(),
                new ServiceSimulations.Reglages(depots, configuration.bucketResultats(), duree),
                moteur != null ? moteur : configuration.moteur(stockage, horloge), horloge);
        return new RouteurApi(service, new CleApi(Optional.ofNullable(env.get("API_KEYS"))));
    }
}

package fr.simulateursons.api;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The API keys a client may present in {@code x-api-key}: comma-separated, each at least {@value #LONGUEUR_MIN}
 * characters, so that none can be guessed. On AWS they are a Secrets Manager secret, read once per execution
 * environment; locally, {@code API_KEYS}. None configured: the API is open (local runs only; the authorizer then
 * refuses everything). Compared in constant time.
 */
public final class CleApi {

    static final int LONGUEUR_MIN = 32;

    private final List<byte[]> cles;

    public CleApi(Optional<String> configuration) {
        this.cles = configuration.stream()
                .flatMap(c -> Arrays.stream(c.split(",")))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .map(c -> {
                    if (c.length() < LONGUEUR_MIN) {
                        throw new IllegalStateException("une clé d'API fait moins de " + LONGUEUR_MIN + " caractères");
                    }
                    return c.getBytes(StandardCharsets.UTF_8);
                })
                .toList();
    }

    /** The keys of a Secrets Manager secret (its string value). */
    public static CleApi depuisSecret(SecretsManagerClient secrets, String secret) {
        return new CleApi(Optional.of(secrets.getSecretValue(b -> b.secretId(secret)).secretString()));
    }

    public boolean exigee() {
        return !cles.isEmpty();
    }

    public boolean accepte(String presentee) {
        return !exigee() || reconnue(presentee).isPresent();
    }

    /**
     * Which key was presented, as {@code cle-<n>} (its rank in the configuration), never the key itself; every key
     * is compared, whichever matches.
     */
    public Optional<String> reconnue(String presentee) {
        if (presentee == null) {
            return Optional.empty();
        }
        byte[] p = presentee.getBytes(StandardCharsets.UTF_8);
        int trouvee = -1;
        for (int i = 0; i < cles.size(); i++) {
            if (MessageDigest.isEqual(cles.get(i), p)) {
                trouvee = i;
            }
        }
        return trouvee < 0 ? Optional.empty() : Optional.of("cle-" + (trouvee + 1));
    }
}

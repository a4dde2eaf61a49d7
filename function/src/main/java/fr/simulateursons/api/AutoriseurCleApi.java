package fr.simulateursons.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import fr.simulateursons.aws.ClientsAws;

import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API's Lambda authorizer (simple responses) for the {@code /simulations} routes: the {@code x-api-key}
 * header must be one of the keys of the Secrets Manager secret {@code API_KEYS_SECRET} (a name or an ARN). An accepted request
 * carries {@code {"cle": "cle-<n>"}} in its authorizer context, which {@link ApiHandler} requires.
 */
public final class AutoriseurCleApi implements RequestHandler<APIGatewayV2CustomAuthorizerEvent, Map<String, Object>> {

    /** The context key that tells the API function the authorizer accepted the request. */
    static final String CONTEXTE_CLE = "cle";

    private static final class Processus {
        static final CleApi CLES = CleApi.depuisSecret(new ClientsAws(System.getenv()).secrets(),
                Optional.ofNullable(System.getenv("API_KEYS_SECRET"))
                        .orElseThrow(() -> new IllegalStateException("API_KEYS_SECRET n'est pas défini")));
    }

    private final CleApi cle;

    public AutoriseurCleApi() {
        this(Processus.CLES);
    }

    public AutoriseurCleApi(CleApi cle) {
        this.cle = cle;
    }

    @Override
    public Map<String, Object> handleRequest(APIGatewayV2CustomAuthorizerEvent e, Context context) {
        String presentee = e.getHeaders() == null ? null : e.getHeaders().get("x-api-key");
        Optional<String> reconnue = cle.exigee() ? cle.reconnue(presentee) : Optional.empty();
        return reconnue.<Map<String, Object>>map(c -> Map.of("isAuthorized", true, "context", Map.of(CONTEXTE_CLE, c)))
                .orElseGet(() -> Map.of("isAuthorized", false));
    }
}

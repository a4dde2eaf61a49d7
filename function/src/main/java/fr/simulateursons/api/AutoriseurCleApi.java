package fr.simulateursons.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;

import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API's Lambda authorizer (simple responses) for the {@code /simulations} routes: the
 * {@code x-api-key} header must be one of {@code API_KEYS}. The page itself is public.
 */
public final class AutoriseurCleApi implements RequestHandler<APIGatewayV2CustomAuthorizerEvent, Map<String, Object>> {

    private final CleApi cle;

    public AutoriseurCleApi() {
        this(new CleApi(Optional.ofNullable(System.getenv("API_KEYS"))));
    }

    public AutoriseurCleApi(CleApi cle) {
        this.cle = cle;
    }

    @Override
    public Map<String, Object> handleRequest(APIGatewayV2CustomAuthorizerEvent e, Context context) {
        String presentee = e.getHeaders() == null ? null : e.getHeaders().get("x-api-key");
        return Map.of("isAuthorized", cle.exigee() && cle.accepte(presentee));
    }
}

package fr.simulateursons.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

/** The API behind an API Gateway HTTP API (payload 2.0): the request in, {@link RouteurApi}, the response out. */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final class Processus {
        static final RouteurApi ROUTEUR = Api.depuis(System.getenv(), Clock.systemUTC());
    }

    private final RouteurApi routeur;

    public ApiHandler() {
        this(Processus.ROUTEUR);
    }

    public ApiHandler(RouteurApi routeur) {
        this.routeur = routeur;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent e, Context context) {
        String corps = e.getBody();
        if (corps != null && e.getIsBase64Encoded()) {
            corps = new String(Base64.getDecoder().decode(corps), StandardCharsets.UTF_8);
        }
        ReponseHttp r = routeur.traiter(new RequeteHttp(e.getRequestContext().getHttp().getMethod(), e.getRawPath(),
                e.getHeaders() == null ? Map.of() : e.getHeaders(), corps));
        return APIGatewayV2HTTPResponse.builder().withStatusCode(r.statut()).withHeaders(r.entetes())
                .withBody(r.texte()).withIsBase64Encoded(false).build();
    }
}

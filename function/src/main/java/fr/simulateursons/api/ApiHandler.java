package fr.simulateursons.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.simulateursons.aws.Journal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The API behind an API Gateway HTTP API (payload 2.0). It dispatches on the event's {@code routeKey}, never on its
 * path, so that only the routes declared in {@code template.yaml} are reachable; and for an operation it requires
 * the context that {@link AutoriseurCleApi} sets, so that an event which did not go through the authorizer (a
 * crafted invocation, a route declared without it) is refused here too.
 */
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
        Journal journal = Journal.de(context, "INFO");
        ReponseHttp r = repondre(e, journal);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(r.statut()).withHeaders(r.entetes())
                .withBody(r.texte()).withIsBase64Encoded(false).build();
    }

    private ReponseHttp repondre(APIGatewayV2HTTPEvent e, Journal journal) {
        Optional<Route> route = Route.deCle(e.getRouteKey());
        if (route.isEmpty()) {
            return ErreurApi.ADRESSE_INCONNUE.reponse();
        }
        if (route.get().protegee() && autorisation(e).isEmpty()) {
            journal.erreur("api", null, Map.of("route", route.get().cle(), "raison", "sans contexte d'autorisation"), null);
            return ErreurApi.CLE_API.reponse();
        }
        String corps = e.getBody();
        if (corps != null && e.getIsBase64Encoded()) {
            byte[] octets;
            try {
                octets = Base64.getDecoder().decode(corps);
            } catch (IllegalArgumentException pasDuBase64) {
                return ErreurApi.CORPS_INVALIDE.reponse();
            }
            if (octets.length > RouteurApi.CORPS_MAX) {
                return ErreurApi.CORPS_TROP_GRAND.reponse();
            }
            corps = new String(octets, StandardCharsets.UTF_8);
        }
        String id = e.getPathParameters() == null ? null : e.getPathParameters().get("id");
        return routeur.executer(route.get(), id, new RequeteHttp(route.get().methode(),
                e.getRawPath() == null ? "" : e.getRawPath(),
                e.getHeaders() == null ? Map.of() : e.getHeaders(), corps), journal);
    }

    private static Optional<String> autorisation(APIGatewayV2HTTPEvent e) {
        if (e.getRequestContext() == null || e.getRequestContext().getAuthorizer() == null
                || e.getRequestContext().getAuthorizer().getLambda() == null) {
            return Optional.empty();
        }
        Object cle = e.getRequestContext().getAuthorizer().getLambda().get(AutoriseurCleApi.CONTEXTE_CLE);
        return cle instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}

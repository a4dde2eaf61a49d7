package fr.simulateursons.api;

import fr.simulateursons.aws.Journal;
import fr.simulateursons.moteur.RessourcesIllisibles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The routes of {@link Route}. Every answer is JSON with a code and a French message, whatever the request; a fault
 * of ours is a 500 with the same shape, never a stack trace. The page's files go out with a strict Content Security
 * Policy: the page has no inline script or style, and talks only to the API and to the input bucket it PUTs to.
 */
public final class RouteurApi {

    /** A request body larger than this is not an API request (the file itself goes to S3). */
    public static final int CORPS_MAX = 64 * 1024;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");
    private static final String SIMULATIONS = "/simulations";

    private final ServiceSimulations service;
    private final CleApi cle;
    private final Map<String, String> entetesPage;

    public RouteurApi(ServiceSimulations service, CleApi cle) {
        this.service = service;
        this.cle = cle;
        this.entetesPage = Map.of(
                "content-security-policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                        + "connect-src 'self' " + service.origineDepots() + "; object-src 'none'; base-uri 'none'; "
                        + "form-action 'self'; frame-ancestors 'none'",
                "referrer-policy", "no-referrer",
                "x-content-type-options", "nosniff",
                "cache-control", "no-cache");
    }

    /** A request known only by its method and path (the local server): routed here, its API key checked here. */
    public ReponseHttp traiter(RequeteHttp r) {
        Journal journal = Journal.de(null, "INFO");
        String chemin = r.chemin();
        for (Route route : Route.values()) {
            if (route.ressource().isPresent() && route.chemin().equals(chemin)) {
                return r.methode().equals("GET") || r.methode().equals("HEAD") ? executer(route, null, r, journal)
                        : ErreurApi.METHODE_NON_PERMISE.reponse();
            }
        }
        // The route first, as API Gateway does: an address that is none is 404 whatever the key.
        String id = chemin.startsWith(SIMULATIONS + "/") ? chemin.substring(SIMULATIONS.length() + 1) : null;
        Route route = chemin.equals(SIMULATIONS) ? Route.CREER
                : id != null && !id.isEmpty() && !id.contains("/") ? Route.CONSULTER : null;
        if (route == null) {
            return ErreurApi.ADRESSE_INCONNUE.reponse();
        }
        if (!cle.accepte(r.entetes().get("x-api-key"))) {
            return ErreurApi.CLE_API.reponse();
        }
        return r.methode().equals(route.methode()) ? executer(route, id, r, journal)
                : ErreurApi.METHODE_NON_PERMISE.reponse();
    }

    /**
     * A request whose route is known and whose caller, for an operation, is already authorised (API Gateway, whose
     * authorizer checked the key: {@link ApiHandler} checks that it did).
     *
     * @param id the {@code {id}} of {@link Route#CONSULTER}
     */
    public ReponseHttp executer(Route route, String id, RequeteHttp r, Journal journal) {
        try {
            if (r.corps().getBytes(StandardCharsets.UTF_8).length > CORPS_MAX) {
                return ErreurApi.CORPS_TROP_GRAND.reponse();
            }
            return switch (route) {
                case CREER -> service.creer(r.corps());
                case CONSULTER -> service.consulter(id == null ? "" : id);
                default -> fichier(route.ressource().orElseThrow());
            };
        } catch (RuntimeException | RessourcesIllisibles e) {
            journal.erreur("api", null, Map.of("route", route.cle()), e);
            return ErreurApi.ERREUR_INTERNE.reponse();
        }
    }

    private ReponseHttp fichier(String ressource) {
        try (InputStream in = RouteurApi.class.getClassLoader().getResourceAsStream(ressource)) {
            if (in == null) {
                throw new IllegalStateException("absent du jar : " + ressource);
            }
            String extension = ressource.substring(ressource.lastIndexOf('.') + 1);
            return new ReponseHttp(200, Map.of("content-type", TYPES.get(extension)), in.readAllBytes()).avec(entetesPage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

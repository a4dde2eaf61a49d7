package fr.simulateursons.api;

import fr.simulateursons.json.JsonStrict;
import fr.simulateursons.ressources.RessourcesIllisibles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The routes: {@code POST /simulations}, {@code GET /simulations/{id}}, and the page's files at {@code /}.
 * Every answer is JSON with a code and a French message, whatever the request; a fault of ours is a 500
 * with the same shape, never a stack trace.
 */
public final class RouteurApi {

    private static final Map<String, String> PAGE = Map.of(
            "/", "web/index.html",
            "/index.html", "web/index.html",
            "/app.js", "web/app.js",
            "/style.css", "web/style.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    private final ServiceSimulations service;
    private final CleApi cle;

    public RouteurApi(ServiceSimulations service, CleApi cle) {
        this.service = service;
        this.cle = cle;
    }

    public ReponseHttp traiter(RequeteHttp r) {
        try {
            return router(r);
        } catch (RuntimeException | RessourcesIllisibles e) {
            System.err.println(JsonStrict.MAPPER.createObjectNode().put("niveau", "ERROR").put("evenement", "api")
                    .put("methode", r.methode()).put("chemin", r.chemin()).put("cause", e.toString()));
            return ErreurApi.ERREUR_INTERNE.reponse();
        }
    }

    private ReponseHttp router(RequeteHttp r) throws RessourcesIllisibles {
        String chemin = r.chemin();
        if (PAGE.containsKey(chemin)) {
            return r.methode().equals("GET") || r.methode().equals("HEAD") ? fichier(PAGE.get(chemin))
                    : ErreurApi.METHODE_NON_PERMISE.reponse();
        }
        if (chemin.equals("/simulations") || chemin.startsWith("/simulations/")) {
            if (!cle.accepte(r.entetes().get("x-api-key"))) {
                return ErreurApi.CLE_API.reponse();
            }
            if (chemin.equals("/simulations")) {
                return r.methode().equals("POST") ? service.creer(r.corps()) : ErreurApi.METHODE_NON_PERMISE.reponse();
            }
            String id = chemin.substring("/simulations/".length());
            if (id.isEmpty() || id.contains("/")) {
                return ErreurApi.ADRESSE_INCONNUE.reponse();
            }
            return r.methode().equals("GET") ? service.consulter(id) : ErreurApi.METHODE_NON_PERMISE.reponse();
        }
        return ErreurApi.ADRESSE_INCONNUE.reponse();
    }

    private static ReponseHttp fichier(String ressource) {
        try (InputStream in = RouteurApi.class.getClassLoader().getResourceAsStream(ressource)) {
            if (in == null) {
                throw new IllegalStateException("absent du jar : " + ressource);
            }
            String extension = ressource.substring(ressource.lastIndexOf('.') + 1);
            return new ReponseHttp(200, Map.of("content-type", TYPES.get(extension), "cache-control", "no-cache",
                    "x-content-type-options", "nosniff"), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.simulateursons.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The API's routes, by API Gateway's route key: the page's files, public, and the two operations, behind the API
 * key. {@code template.yaml} declares exactly these.
 */
public enum Route {
    RACINE("GET /", "web/index.html"),
    INDEX("GET /index.html", "web/index.html"),
    SCRIPT("GET /app.js", "web/app.js"),
    STYLE("GET /style.css", "web/style.css"),
    CREER("POST /simulations", null),
    CONSULTER("GET /simulations/{id}", null);

    private final String cle;
    private final String ressource;

    Route(String cle, String ressource) {
        this.cle = cle;
        this.ressource = ressource;
    }

    public String cle() {
        return cle;
    }

    /** The page's file it serves; empty for an operation. */
    Optional<String> ressource() {
        return Optional.ofNullable(ressource);
    }

    /** The operations need the API key; the page does not. */
    public boolean protegee() {
        return ressource == null;
    }

    String methode() {
        return cle.substring(0, cle.indexOf(' '));
    }

    String chemin() {
        return cle.substring(cle.indexOf(' ') + 1);
    }

    public static Optional<Route> deCle(String routeKey) {
        return Arrays.stream(values()).filter(r -> r.cle.equals(routeKey)).findFirst();
    }
}

package fr.simulateursons.api;

import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A client's side of the upload: the PUT it sends with the headers the API gave, as a browser or a CI job would. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {
    }

    static int deposer(JsonNode creation, byte[] contenu, Map<String, String> autresEntetes) throws IOException,
            InterruptedException {
        JsonNode depot = creation.get("depot");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(depot.get("url").asString()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(contenu));
        for (String nom : depot.get("entetes").propertyNames()) {
            b.header(nom, autresEntetes.getOrDefault(nom, depot.get("entetes").get(nom).asString()));
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static JsonNode json(ReponseHttp r) {
        return JsonStrict.MAPPER.readTree(r.corps());
    }

    static RequeteHttp post(String chemin, String corps) {
        return new RequeteHttp("POST", chemin, Map.of("content-type", "application/json"), corps);
    }

    static RequeteHttp get(String chemin) {
        return new RequeteHttp("GET", chemin, Map.of(), null);
    }

    static String creation(String numero, String type, String taux, long taille) {
        return corps(numero, type, taux, taille).toString();
    }

    static String creation(String numero, String type, String taux, long taille, String dateDepot) {
        return corps(numero, type, taux, taille).put("dateDepot", dateDepot).toString();
    }

    private static ObjectNode corps(String numero, String type, String taux, long taille) {
        return JsonStrict.MAPPER.createObjectNode().put("numeroAns", numero).put("typeDemande", type)
                .put("tauxTva", taux).put("taille", taille);
    }
}

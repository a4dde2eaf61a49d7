package fr.simulateursons.api;

import fr.simulateursons.json.JsonStrict;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An HTTP response of the API: JSON for the routes, the page's files for the rest. */
public record ReponseHttp(int statut, Map<String, String> entetes, byte[] corps) {

    public static ReponseHttp json(int statut, JsonNode corps) {
        return new ReponseHttp(statut, Map.of("content-type", "application/json; charset=utf-8", "cache-control", "no-store"),
                JsonStrict.MAPPER.writeValueAsString(corps).getBytes(StandardCharsets.UTF_8));
    }

    public String texte() {
        return new String(corps, StandardCharsets.UTF_8);
    }
}

package fr.simulateursons.api;

import fr.simulateursons.aws.Json;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** An HTTP response of the API: JSON for the routes, the page's files for the rest. */
public record ReponseHttp(int statut, Map<String, String> entetes, byte[] corps) {

    /** A JSON answer, bound by Jackson; never cached, never sniffed as another type. */
    public static ReponseHttp json(int statut, Object corps) {
        return new ReponseHttp(statut, Map.of("content-type", "application/json; charset=utf-8", "cache-control", "no-store",
                "x-content-type-options", "nosniff"), Json.MAPPER.writeValueAsBytes(corps));
    }

    public ReponseHttp avec(Map<String, String> autres) {
        Map<String, String> tous = new HashMap<>(entetes);
        tous.putAll(autres);
        return new ReponseHttp(statut, Map.copyOf(tous), corps);
    }

    public String texte() {
        return new String(corps, StandardCharsets.UTF_8);
    }
}

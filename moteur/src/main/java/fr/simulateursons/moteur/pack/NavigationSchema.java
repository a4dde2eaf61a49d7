package fr.simulateursons.moteur.pack;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reading a pack's schema as a description of the document (what the pointers check, the blank model and the
 * technical documentation share): a schema stands for itself and for those it is made of — local {@code $ref},
 * {@code allOf}, {@code anyOf}, {@code oneOf}, {@code then}, {@code else}.
 */
public final class NavigationSchema {

    /** Deeper than any sane schema: a guard against {@code $ref} loops. */
    private static final int PROFONDEUR_MAX = 32;
    private static final List<String> COMBINAISONS = List.of("allOf", "anyOf", "oneOf");

    private NavigationSchema() {
    }

    /** {@code s} and the schemas it is made of, local references followed. */
    public static List<JsonNode> candidats(JsonNode racine, JsonNode s) {
        List<JsonNode> c = new ArrayList<>();
        ajouter(racine, s, 0, c);
        return c;
    }

    private static void ajouter(JsonNode racine, JsonNode s, int profondeur, List<JsonNode> c) {
        if (!s.isObject() || profondeur > PROFONDEUR_MAX) {
            return;
        }
        c.add(s);
        ref(racine, s).ifPresent(r -> ajouter(racine, r, profondeur + 1, c));
        for (String k : COMBINAISONS) {
            s.path(k).forEach(sous -> ajouter(racine, sous, profondeur + 1, c));
        }
        for (String k : List.of("then", "else")) {
            if (s.has(k)) {
                ajouter(racine, s.get(k), profondeur + 1, c);
            }
        }
    }

    private static Optional<JsonNode> ref(JsonNode racine, JsonNode s) {
        String ref = s.path("$ref").asString(null);
        if (ref == null || !ref.startsWith("#")) {
            return Optional.empty();
        }
        JsonNode cible = racine.at(JsonPointer.compile(ref.substring(1)));
        return cible.isMissingNode() ? Optional.empty() : Optional.of(cible);
    }

    /** Every property the schemas declare, with the schemas that describe it, in the order they are declared. */
    public static Map<String, List<JsonNode>> proprietes(JsonNode racine, List<JsonNode> schemas) {
        Map<String, List<JsonNode>> p = new LinkedHashMap<>();
        for (JsonNode s : schemas) {
            for (JsonNode c : candidats(racine, s)) {
                for (Map.Entry<String, JsonNode> e : c.path("properties").properties()) {
                    p.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
                }
            }
        }
        return p;
    }

    /** The properties the schemas require. */
    public static Set<String> requises(JsonNode racine, List<JsonNode> schemas) {
        Set<String> r = new LinkedHashSet<>();
        for (JsonNode s : schemas) {
            for (JsonNode c : candidats(racine, s)) {
                c.path("required").forEach(n -> r.add(n.asString()));
            }
        }
        return r;
    }

    /** The schemas of an array's items. */
    public static List<JsonNode> items(JsonNode racine, List<JsonNode> schemas) {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode s : schemas) {
            for (JsonNode c : candidats(racine, s)) {
                if (c.path("items").isObject()) {
                    items.add(c.get("items"));
                }
            }
        }
        return items;
    }

    /** The first value a keyword has among the schemas, if any. */
    public static Optional<JsonNode> mot(JsonNode racine, List<JsonNode> schemas, String motCle) {
        for (JsonNode s : schemas) {
            for (JsonNode c : candidats(racine, s)) {
                if (c.has(motCle)) {
                    return Optional.of(c.get(motCle));
                }
            }
        }
        return Optional.empty();
    }
}

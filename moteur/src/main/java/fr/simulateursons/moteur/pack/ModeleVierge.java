package fr.simulateursons.moteur.pack;

import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The <i>modèle de JSON vierge</i> of a type de demande (spec §6): every property the pack's schema declares,
 * strings empty, numbers 0, booleans false, every array with one item — the shape a vendor fills in.
 */
final class ModeleVierge {

    /** Deeper than the format: a guard against a schema that describes itself. */
    private static final int PROFONDEUR_MAX = 64;

    private ModeleVierge() {
    }

    static JsonNode modele(Pack format, String typeDemande) {
        JsonNode racine = format.type(typeDemande).schemaJson();
        return valeur(racine, List.of(racine), 0);
    }

    private static JsonNode valeur(JsonNode racine, List<JsonNode> schemas, int profondeur) {
        JsonNodeFactory f = JsonStrict.MAPPER.getNodeFactory();
        String type = type(racine, schemas);
        if (profondeur > PROFONDEUR_MAX) {
            return f.nullNode();
        }
        switch (type) {
            case "object" -> {
                ObjectNode o = f.objectNode();
                NavigationSchema.proprietes(racine, schemas).forEach((nom, l) -> o.set(nom, valeur(racine, l, profondeur + 1)));
                return o;
            }
            case "array" -> {
                ArrayNode a = f.arrayNode();
                List<JsonNode> items = NavigationSchema.items(racine, schemas);
                a.add(valeur(racine, items, profondeur + 1));
                return a;
            }
            case "number", "integer" -> {
                return f.numberNode(0);
            }
            case "boolean" -> {
                return f.booleanNode(false);
            }
            case "null" -> {
                return f.nullNode();
            }
            default -> {
                return f.stringNode("");
            }
        }
    }

    /** The schema's type, or the one its values or its members imply; a string when nothing says. */
    private static String type(JsonNode racine, List<JsonNode> schemas) {
        JsonNode type = NavigationSchema.mot(racine, schemas, "type").orElse(null);
        if (type != null) {
            return type.isArray() ? type.path(0).asString("string") : type.asString("string");
        }
        JsonNode valeurs = NavigationSchema.mot(racine, schemas, "enum").orElse(null);
        if (valeurs != null && valeurs.path(0).isNumber()) {
            return "number";
        }
        if (!NavigationSchema.proprietes(racine, schemas).isEmpty()) {
            return "object";
        }
        return NavigationSchema.items(racine, schemas).isEmpty() ? "string" : "array";
    }
}

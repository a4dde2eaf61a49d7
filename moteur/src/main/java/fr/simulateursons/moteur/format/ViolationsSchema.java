package fr.simulateursons.moteur.format;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.pack.TypesJson;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * networknt's violations as our codes, by keyword (never by the library's English text). Several
 * keywords failing on one value (pattern and length, say) give one error for that value and code.
 */
final class ViolationsSchema {

    private ViolationsSchema() {
    }

    /** One error per (code, chemin, libellé), in the validator's order. */
    static List<Erreur> traduire(List<Error> violations) {
        Map<String, Erreur> uniques = new LinkedHashMap<>();
        for (Error v : violations) {
            Erreur e = traduire(v).erreur();
            uniques.putIfAbsent(e.code() + e.chemin() + e.libelle(), e);
        }
        return List.copyOf(uniques.values());
    }

    private record Violation(List<Object> elements, Erreur erreur) {
    }

    private static Violation traduire(Error v) {
        List<Object> elements = elements(v.getInstanceLocation());
        String nom = nom(elements);
        return switch (v.getKeyword()) {
            case "required" -> surPropriete(elements, v.getProperty(), Code.S01);
            case "additionalProperties", "unevaluatedProperties" -> surPropriete(elements, v.getProperty(), Code.S02);
            case "type" -> new Violation(elements, Code.S03.erreur(pointeur(elements), nom, types(v.getSchemaNode())));
            case "enum", "const" -> new Violation(elements,
                    Code.S05.erreur(pointeur(elements), nom, valeurs(v.getSchemaNode())));
            case "minItems" -> new Violation(elements, Code.S06.erreur(pointeur(elements)));
            // pattern, lengths, format (calendar date), multipleOf (decimals), minimum (sign), and any other keyword.
            default -> new Violation(elements, Code.S04.erreur(pointeur(elements), nom));
        };
    }

    private static Violation surPropriete(List<Object> parent, String propriete, Code code) {
        List<Object> elements = new ArrayList<>(parent);
        elements.add(propriete);
        return new Violation(elements, code.erreur(pointeur(elements), propriete));
    }

    private static List<Object> elements(NodePath chemin) {
        List<Object> elements = new ArrayList<>(chemin.getNameCount());
        for (int i = 0; i < chemin.getNameCount(); i++) {
            elements.add(chemin.getElement(i));
        }
        return elements;
    }

    /** The property's own name; for an item of an array, the array's name; for the document itself, {@code racine}. */
    private static String nom(List<Object> elements) {
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i) instanceof String s) {
                return s;
            }
        }
        return "racine";
    }

    private static String pointeur(List<Object> elements) {
        JsonPointer p = JsonPointer.empty();
        for (Object e : elements) {
            p = e instanceof Integer i ? p.appendIndex(i) : p.appendProperty(e.toString());
        }
        return p.toString();
    }

    private static String types(JsonNode type) {
        if (type.isArray()) {
            return StreamSupport.stream(type.spliterator(), false)
                    .map(t -> TypesJson.nom(t.asString()))
                    .distinct()
                    .collect(Collectors.joining(" ou "));
        }
        return TypesJson.nom(type.asString());
    }

    private static String valeurs(JsonNode valeurs) {
        if (!valeurs.isArray()) {
            return texte(valeurs);
        }
        return StreamSupport.stream(valeurs.spliterator(), false).map(ViolationsSchema::texte)
                .collect(Collectors.joining(", "));
    }

    private static String texte(JsonNode valeur) {
        return valeur.isString() ? valeur.asString() : valeur.toString();
    }
}

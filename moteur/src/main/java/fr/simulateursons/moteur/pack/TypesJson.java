package fr.simulateursons.moteur.pack;

import java.util.Map;

/** The JSON types of a pack's schemas as the format SONS names them in French (S03, the technical documentation). */
public final class TypesJson {

    private static final Map<String, String> NOMS = Map.of("string", "texte", "number", "nombre", "integer", "nombre",
            "array", "tableau", "object", "objet", "boolean", "booléen", "null", "null");

    private TypesJson() {
    }

    /** {@code string} → {@code texte}; a name the table lacks is kept as is. */
    public static String nom(String type) {
        return NOMS.getOrDefault(type, type);
    }
}

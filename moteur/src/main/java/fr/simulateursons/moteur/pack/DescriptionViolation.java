package fr.simulateursons.moteur.pack;

import com.networknt.schema.Error;

/** A schema violation in a pack's own files, said in French by keyword (never the library's English text). */
public final class DescriptionViolation {

    private DescriptionViolation() {
    }

    public static String de(Error v) {
        return switch (v.getKeyword()) {
            case "required" -> "la propriété " + v.getProperty() + " est obligatoire.";
            case "additionalProperties", "unevaluatedProperties" -> "la propriété " + v.getProperty()
                    + " n'est pas attendue.";
            case "type" -> "la valeur n'est pas du type attendu (" + (v.getSchemaNode().isString()
                    ? TypesJson.nom(v.getSchemaNode().asString()) : v.getSchemaNode().toString()) + ").";
            case "enum", "const" -> "la valeur doit être l'une des valeurs : " + v.getSchemaNode() + ".";
            case "pattern" -> "la valeur ne respecte pas le format attendu (" + v.getSchemaNode().asString() + ").";
            default -> "la valeur ne respecte pas la contrainte " + v.getKeyword() + ".";
        };
    }
}

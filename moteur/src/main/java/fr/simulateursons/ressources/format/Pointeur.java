package fr.simulateursons.ressources.format;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A pointer of the pack, compiled once. {@code texte} is what the manifest says; {@code lieu} names it in the
 * manifest ({@code demande/bonDeCommande/montantHT}), for the pack's own fault messages.
 */
public record Pointeur(String lieu, String texte, JsonPointer compile) {

    public static Pointeur de(String lieu, String texte) {
        return new Pointeur(lieu, texte, JsonPointer.compile(texte));
    }

    /** The node at this pointer, or a missing node. */
    public JsonNode lire(JsonNode depuis) {
        return depuis.at(compile);
    }

    /** The property's own name, as S codes name a balise: the last segment. */
    public String nom() {
        return compile.last().getMatchingProperty();
    }
}

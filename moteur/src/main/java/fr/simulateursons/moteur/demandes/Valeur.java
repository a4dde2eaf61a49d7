package fr.simulateursons.moteur.demandes;

import tools.jackson.databind.JsonNode;

/**
 * A value the rules read from the file through the format pack: the value itself, its text as the file writes it
 * (for messages), and its JSON Pointer in the file (the {@code chemin} of an error about it). Text and chemin are
 * only made when a message needs them: a valid file's thousands of values never pay for them.
 *
 * @param noeud   the node it was read from
 * @param base    the pointer of what holds it (a demande, or the root)
 * @param relatif its pointer from there
 */
public record Valeur<T>(T valeur, JsonNode noeud, String base, String relatif) {

    /** As the file writes it (a number as the tree holds it; the rejection path puts back an exponent). */
    public String texte() {
        return noeud.isString() ? noeud.asString() : noeud.numberValue().toString();
    }

    public String chemin() {
        return base + relatif;
    }
}

package fr.simulateursons.moteur.pack;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A pointer of the pack, compiled once. {@code texte} is what the manifest says; {@code lieu} is where the manifest
 * says it ({@code /demande/bonDeCommande/montantHT}), taken from the manifest itself when it is bound, so that no
 * name of the format is written in code.
 */
@JsonDeserialize(using = Pointeur.Lecture.class)
public record Pointeur(String lieu, String texte, JsonPointer compile) {

    /** The node at this pointer, or a missing node. */
    public JsonNode lire(JsonNode depuis) {
        // What JsonNode.at does, without its recursion: this runs for every field of every demande.
        JsonNode n = depuis;
        for (JsonPointer seg = compile; !seg.matches() && !n.isMissingNode(); seg = seg.tail()) {
            n = n.isArray() ? n.path(seg.getMatchingIndex()) : n.path(seg.getMatchingProperty());
        }
        return n;
    }

    /** The property's own name, as S codes name a balise: the last segment. */
    public String nom() {
        return compile.last().getMatchingProperty();
    }

    /** A manifest's string, and where it stands in the manifest. */
    static final class Lecture extends ValueDeserializer<Pointeur> {
        @Override
        public Pointeur deserialize(JsonParser p, DeserializationContext ctxt) {
            String texte = p.getValueAsString();
            return new Pointeur(p.streamReadContext().pathAsPointer().toString(), texte, JsonPointer.compile(texte));
        }
    }
}

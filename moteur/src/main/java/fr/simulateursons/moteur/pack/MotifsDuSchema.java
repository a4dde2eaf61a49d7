package fr.simulateursons.moteur.pack;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code pattern}s of a schema, each with the balise that has it (the property, or the definition, whose schema
 * holds it), and the check {@code format-sons verifier} makes of them before anything runs: a pattern with nested
 * quantifiers ({@code (a+)+}, {@code (.*a){25}}) may backtrack exponentially on the wrong value.
 */
final class MotifsDuSchema {

    /** A group that holds a quantifier, itself quantified: the shape of catastrophic backtracking. */
    private static final Pattern IMBRIQUES = Pattern.compile("\\((?:[^()\\\\]|\\\\.)*(?:[*+]|\\{\\d+,\\d*})(?:[^()\\\\]|\\\\.)*\\)"
            + "(?:[*+]|\\{\\d+,\\d*}|\\{\\d{2,}})");

    record Motif(String balise, String motif) {
    }

    private MotifsDuSchema() {
    }

    static List<Motif> de(JsonNode schema) {
        List<Motif> motifs = new ArrayList<>();
        parcourir(schema, "racine", motifs, 0);
        return motifs;
    }

    /** The patterns with nested quantifiers, as faults of the pack's schema file. */
    static List<DefautPack> imbriques(String fichierSchema, JsonNode schema) {
        return de(schema).stream().filter(m -> IMBRIQUES.matcher(m.motif()).find())
                .map(m -> new DefautPack(fichierSchema, "Le motif « " + m.motif() + " » de la balise " + m.balise()
                        + " a des quantificateurs imbriqués : sur une valeur mal formée, son temps de calcul croît "
                        + "exponentiellement. Réécrivez-le sans groupe répété qui contienne lui-même une répétition."))
                .toList();
    }

    private static void parcourir(JsonNode n, String balise, List<Motif> motifs, int profondeur) {
        if (profondeur > 64) {
            return;
        }
        if (n.isObject()) {
            if (n.path("pattern").isString()) {
                motifs.add(new Motif(balise, n.path("pattern").asString()));
            }
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                boolean nomme = e.getKey().equals("properties") || e.getKey().equals("$defs");
                if (nomme && e.getValue().isObject()) {
                    for (Map.Entry<String, JsonNode> p : e.getValue().properties()) {
                        parcourir(p.getValue(), p.getKey(), motifs, profondeur + 1);
                    }
                } else {
                    parcourir(e.getValue(), balise, motifs, profondeur + 1);
                }
            }
        } else if (n.isArray()) {
            n.forEach(x -> parcourir(x, balise, motifs, profondeur + 1));
        }
    }
}

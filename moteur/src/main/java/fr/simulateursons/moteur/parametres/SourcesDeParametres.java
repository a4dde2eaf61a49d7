package fr.simulateursons.moteur.parametres;

import java.util.Map;
import java.util.Optional;

/**
 * Where the parameters come from: the S3 object's user metadata, then its tags for a key absent
 * from the metadata (spec §1). The CLI passes its options as metadata and no tags.
 * <p>
 * Keys are the spec's ({@code numero-ans}, {@code type-demande}, {@code taux-tva}). S3 lower-cases metadata
 * keys but tags keep their case, so one object may carry {@code taux-tva} and {@code Taux-TVA}. Within one
 * source the rule is deterministic, whatever order the map lists its entries in: the key written exactly as
 * the spec writes it wins; without it, the keys equal to it ignoring case count when they all carry the same
 * value (once stripped), and when they do not the parameter is contradictory (P05). A blank value counts as
 * absent, so that an empty metadata entry does not hide a tag.
 */
public record SourcesDeParametres(Map<String, String> metadonnees, Map<String, String> tags) {

    public static final String NUMERO_ANS = "numero-ans";
    public static final String TYPE_DEMANDE = "type-demande";
    public static final String TAUX_TVA = "taux-tva";

    public SourcesDeParametres {
        metadonnees = Map.copyOf(metadonnees);
        tags = Map.copyOf(tags);
    }

    public static SourcesDeParametres options(Map<String, String> options) {
        return new SourcesDeParametres(options, Map.of());
    }

    Optional<String> metadonnee(String cle) {
        return lire(metadonnees, cle).valeur();
    }

    Optional<String> tag(String cle) {
        return lire(tags, cle).valeur();
    }

    /** The metadata or the tags carry {@code cle} only in spellings that disagree. */
    boolean contradictoire(String cle) {
        return lire(metadonnees, cle).contradictoire() || lire(tags, cle).contradictoire();
    }

    private record Lecture(Optional<String> valeur, boolean contradictoire) {
    }

    private static Lecture lire(Map<String, String> valeurs, String cle) {
        String exacte = valeurs.get(cle);
        if (exacte != null && !exacte.isBlank()) {
            return new Lecture(Optional.of(exacte.strip()), false);
        }
        // A loop, not a stream: this runs for each parameter of each file, on maps of a few entries or none.
        String variante = null;
        for (Map.Entry<String, String> e : valeurs.entrySet()) {
            if (e.getKey().equalsIgnoreCase(cle) && !e.getValue().isBlank()) {
                String v = e.getValue().strip();
                if (variante != null && !variante.equals(v)) {
                    return new Lecture(Optional.empty(), true);
                }
                variante = v;
            }
        }
        return new Lecture(Optional.ofNullable(variante), false);
    }
}

package fr.simulateursons.engine.parametres;

import java.util.Map;
import java.util.Optional;

/**
 * Where the parameters come from: the S3 object's user metadata, then its tags for a key absent
 * from the metadata (spec §1). The CLI passes its options as metadata and no tags.
 * Keys are the spec's ({@code numero-ans}, {@code type-demande}, {@code taux-tva}), compared without case.
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
        return chercher(metadonnees, cle);
    }

    Optional<String> tag(String cle) {
        return chercher(tags, cle);
    }

    // S3 lower-cases metadata keys but tags keep their case. A blank value counts as absent, so that an
    // empty metadata entry does not hide a tag.
    private static Optional<String> chercher(Map<String, String> valeurs, String cle) {
        return valeurs.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(cle) && !e.getValue().isBlank())
                .map(e -> e.getValue().strip())
                .findFirst();
    }
}

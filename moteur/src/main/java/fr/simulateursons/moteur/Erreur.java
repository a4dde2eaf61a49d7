package fr.simulateursons.moteur;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One error of the status or one anomaly of the annotated file (spec §4). {@code chemin} is always written (null
 * for parameters); the other fields only when known.
 *
 * @param chemin  JSON Pointer into the file, or where a resource was read from; null for parameters
 * @param ligne   where the value at {@code chemin} starts in the input (1-based); for S01, where the object lacking
 *                the balise starts; for F02, where the first syntax error is
 * @param colonne likewise, in characters, a BOM not counted (1-based)
 * @param attendu the right value, where the rule knows it (D06–D14)
 * @param autres  D01 and D05: the indexes of the other demandes involved
 */
@JsonPropertyOrder({"code", "libelle", "chemin", "ligne", "colonne", "attendu", "autres"})
public record Erreur(Code code, String libelle, String chemin,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer ligne,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer colonne,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String attendu,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> autres) {

    public Erreur(Code code, String libelle, String chemin) {
        this(code, libelle, chemin, null, null, null, null);
    }

    public Erreur at(int ligne, int colonne) {
        return new Erreur(code, libelle, chemin, ligne, colonne, attendu, autres);
    }

    public Erreur attendu(String valeur) {
        return new Erreur(code, libelle, chemin, ligne, colonne, valeur, autres);
    }

    public Erreur autres(List<Integer> indexes) {
        return new Erreur(code, libelle, chemin, ligne, colonne, attendu, List.copyOf(indexes));
    }
}

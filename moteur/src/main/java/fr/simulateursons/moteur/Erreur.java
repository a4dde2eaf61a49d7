package fr.simulateursons.moteur;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * One error of the status or one anomaly of the annotated file (spec §4), as data: its code and the values its
 * message takes; the French message ({@link #libelle()}) is the catalogue's ({@link Code}), filled with them when it
 * is written. {@code chemin} is always written (null for parameters); the other fields only when known.
 *
 * @param valeurs the values of the message, in the order the catalogue names them
 * @param chemin  JSON Pointer into the file, or where a resource was read from; null for parameters
 * @param ligne   where the value at {@code chemin} starts in the input (1-based); for S01, where the object lacking
 *                the balise starts; for F02, where the first syntax error is
 * @param colonne likewise, in characters, a BOM not counted (1-based)
 * @param attendu the right value, where the rule knows it (D06–D14), in the file's own form
 * @param autres  D01 and D05: the indexes of the other demandes involved
 * @param detail  R01: the first fault of the resource, in French
 */
@JsonPropertyOrder({"code", "libelle", "chemin", "ligne", "colonne", "attendu", "autres", "detail"})
public record Erreur(Code code, @JsonIgnore List<String> valeurs, String chemin,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer ligne,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer colonne,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String attendu,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> autres,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String detail) {

    public Erreur {
        valeurs = List.copyOf(valeurs);
    }

    public Erreur(Code code, List<String> valeurs, String chemin) {
        this(code, valeurs, chemin, null, null, null, null, null);
    }

    /** An error read back from its JSON (a status, a summary): its values are recovered from its message. */
    @JsonCreator
    static Erreur lue(@JsonProperty("code") Code code, @JsonProperty("libelle") String libelle,
                      @JsonProperty("chemin") String chemin, @JsonProperty("ligne") Integer ligne,
                      @JsonProperty("colonne") Integer colonne, @JsonProperty("attendu") String attendu,
                      @JsonProperty("autres") List<Integer> autres, @JsonProperty("detail") String detail) {
        return new Erreur(code, code.valeurs(libelle), chemin, ligne, colonne, attendu, autres, detail);
    }

    /** The message of the catalogue, filled with the values. */
    @JsonProperty("libelle")
    public String libelle() {
        return code.libelle(valeurs.toArray());
    }

    public Erreur at(int ligne, int colonne) {
        return new Erreur(code, valeurs, chemin, ligne, colonne, attendu, autres, detail);
    }

    public Erreur attendu(String valeur) {
        return new Erreur(code, valeurs, chemin, ligne, colonne, valeur, autres, detail);
    }

    public Erreur autres(List<Integer> indexes) {
        return new Erreur(code, valeurs, chemin, ligne, colonne, attendu, List.copyOf(indexes), detail);
    }

    public Erreur detail(String texte) {
        return new Erreur(code, valeurs, chemin, ligne, colonne, attendu, autres, texte);
    }

    /** The same error at another place (a slice's error brought back to its place in the whole file). */
    public Erreur en(String autreChemin) {
        return new Erreur(code, valeurs, autreChemin, ligne, colonne, attendu, autres, detail);
    }

    /** The same error with its {@code n}-th value written otherwise (a number as the file writes it). */
    public Erreur avecValeur(int n, String valeur) {
        List<String> v = new ArrayList<>(valeurs);
        v.set(n, valeur);
        return new Erreur(code, v, chemin, ligne, colonne, attendu, autres, detail);
    }
}

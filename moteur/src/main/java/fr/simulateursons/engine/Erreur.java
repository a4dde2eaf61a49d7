package fr.simulateursons.engine;

/**
 * One error of the status or one anomaly of the annotated file.
 *
 * @param chemin  JSON Pointer into the file, or where a resource was read from; null for parameters
 * @param ligne   F02 only: line of the first syntax error, where known (1-based)
 * @param colonne F02 only: column of the first syntax error in characters, where known (1-based)
 */
public record Erreur(Code code, String libelle, String chemin, Integer ligne, Integer colonne) {

    public Erreur at(int ligne, int colonne) {
        return new Erreur(code, libelle, chemin, ligne, colonne);
    }
}

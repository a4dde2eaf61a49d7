package fr.simulateursons.moteur.rapports;

import fr.simulateursons.moteur.Erreur;

/**
 * One error or anomaly as the reports list it.
 *
 * @param demande   the index of the demande in anomaly; null for an error about the file, its parameters or a resource
 * @param idDemande that demande's {@code idDemande}; null with {@code demande}
 */
public record Constat(Erreur erreur, Integer demande, String idDemande) {

    /** Where the value at {@code chemin} starts in the input, when the engine knows it. */
    public boolean situe() {
        return erreur.ligne() != null && erreur.colonne() != null;
    }

    /** The libellé, and for an R01 its {@code detail} (the fault in the resource), which a reader needs to act. */
    public String message() {
        return erreur.detail() == null ? erreur.libelle() : erreur.libelle() + " — " + erreur.detail();
    }

    /**
     * The line of the {@code texte} report, which JUnit's failures repeat:
     * {@code fichier:ligne:colonne CODE message (attendu : …)}, without what is unknown.
     */
    public String ligneDeTexte(String fichier) {
        StringBuilder s = new StringBuilder(fichier);
        if (situe()) {
            s.append(':').append(erreur.ligne()).append(':').append(erreur.colonne());
        }
        s.append(' ').append(erreur.code().name()).append(' ').append(message());
        if (erreur.attendu() != null) {
            s.append(" (attendu : ").append(erreur.attendu()).append(')');
        }
        return Textes.surUneLigne(s.toString());
    }
}

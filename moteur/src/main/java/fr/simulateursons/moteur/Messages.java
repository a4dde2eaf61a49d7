package fr.simulateursons.moteur;

/** The status messages that are not the message of one error (spec §4). */
public final class Messages {
    public static final String REUSSI = "La simulation de l'import s'est déroulée correctement. Cependant, des contrôles "
            + "supplémentaires seront réalisés lors du dépôt de votre/vos demande(s) de financement.";
    public static final String REJETE_FICHIER_DE_RETOUR = "Une ou plusieurs erreurs ont été retournées lors de la "
            + "simulation de l'import. Veuillez corriger votre fichier en suivant les erreurs du fichier de retour.";
    /** Not fixed by the spec: the status clients read while the simulation runs. */
    public static final String EN_COURS = "La simulation est en cours.";
    /** Not fixed by the spec: the API's status of a simulation whose file has not arrived yet. */
    public static final String EN_ATTENTE = "Le fichier n'a pas encore été déposé.";
    public static final String ERREUR_INTERNE = "Une erreur technique est survenue ; la simulation n'a pas pu aboutir. "
            + "Le fichier n'a pas été modifié.";

    private Messages() {
    }
}

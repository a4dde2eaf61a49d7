package fr.simulateursons.moteur;

public enum Etat {
    REUSSI, REJETE, EN_COURS, ERREUR_INTERNE,
    /** API only: the simulation was created but its file has not been uploaded yet. */
    EN_ATTENTE
}

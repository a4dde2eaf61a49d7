package fr.simulateursons.engine;

public enum Etat {
    REUSSI, REJETE, EN_COURS, ERREUR_INTERNE
}

package fr.simulateursons.moteur;

/** The stages of the chain, in the order they run. */
public enum Etape {
    PARAMETRES, FICHIER, FORMAT, DEMANDES
}

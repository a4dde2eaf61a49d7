package fr.simulateursons.moteur;

/**
 * The parameters as the status reports them: normalised when valid, as given (trimmed) when not,
 * null when absent or contradictory.
 */
public record ParametresLus(String numeroAns, String typeDemande, String tauxTva) {

    /** Nothing read yet. */
    public static final ParametresLus AUCUN = ParametresLus.AUCUN;
}

package fr.simulateursons.moteur;

/**
 * The parameters as the status reports them: normalised when valid, as given (trimmed) when not,
 * null when absent or contradictory.
 *
 * @param dateDepot ISO 8601 with its offset; when none was given, the moment of the simulation
 */
public record ParametresLus(String numeroAns, String typeDemande, String tauxTva, String dateDepot) {

    /** Nothing read yet. */
    public static final ParametresLus AUCUN = new ParametresLus(null, null, null, null);
}

package fr.simulateursons.moteur;

import java.util.List;

/** One or more resources could not be read or do not match their format: the simulation cannot run (R01). */
public final class RessourcesIllisibles extends Exception {

    /**
     * @param nom    as R01 names it: {@code référentiel}, {@code dispositifs}, {@code base des établissements
     *               éligibles}, {@code format SONS}
     * @param chemin where it was read from
     * @param detail its first fault, in French, as {@code format-sons verifier} words it: R01's {@code detail}
     */
    public record Illisible(String nom, String chemin, String detail) {

        /** R01, as the status lists it. */
        public Erreur erreur() {
            return Code.R01.erreur(chemin, nom).detail(detail);
        }
    }

    private final List<Illisible> illisibles;

    public RessourcesIllisibles(List<Illisible> illisibles, Throwable premiereCause) {
        super("Ressources illisibles : " + illisibles.stream().map(Illisible::chemin).toList(), premiereCause);
        this.illisibles = List.copyOf(illisibles);
    }

    public List<Illisible> illisibles() {
        return illisibles;
    }
}

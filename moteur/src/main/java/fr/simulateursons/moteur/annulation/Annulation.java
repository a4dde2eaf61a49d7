package fr.simulateursons.moteur.annulation;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation: a simulation whose thread is interrupted (a door's guard that gave up on it) stops at the
 * next check — at the start of a stage, and every {@value #PAS} demandes in the loops over them — rather than running
 * on for nothing beside the next simulations. The chain turns what it throws into an ERREUR_INTERNE, never a partial
 * verdict. The interrupt flag is only read, never cleared: the caller still sees it.
 */
public final class Annulation {

    /** Demandes between two checks: a check is one read of the flag; a few hundred demandes, a few milliseconds. */
    public static final int PAS = 256;

    private static final String ABANDON = "simulation abandonnée : le fil qui la portait a été interrompu";

    private Annulation() {
    }

    /** @throws CancellationException when this thread is interrupted */
    public static void verifier() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException(ABANDON);
        }
    }

    /** For a wait that was interrupted (and so cleared the flag): the flag set again, and what to throw. */
    public static CancellationException interrompue() {
        Thread.currentThread().interrupt();
        return new CancellationException(ABANDON);
    }

    /** In a loop over the demandes: checks at every {@value #PAS}-th index. */
    public static void verifier(int index) {
        if (index % PAS == 0) {
            verifier();
        }
    }
}

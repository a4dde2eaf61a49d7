package fr.simulateursons.engine;

import fr.simulateursons.engine.parametres.ParametresLus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a simulation found, before any adapter turns it into a status object, an exit code or an HTTP answer.
 *
 * @param etape          the stage that rejected, or null when not REJETE
 * @param erreurs        the P/F/S/E/R errors; at DEMANDES the anomalies are in the annotated file
 * @param synthese       present once the chain reached DEMANDES
 * @param referentiel    the version of the référentiel used, when it could be read
 * @param fichierDeSortie the annotated file, when DEMANDES rejected
 * @param anomalies      the anomalies written in it, by index of demande (empty otherwise)
 * @param cause          what went wrong in an ERREUR_INTERNE, for the adapter's logs, never for the user
 */
public record Resultat(Etat etat, Etape etape, List<Erreur> erreurs, Optional<Synthese> synthese,
                       ParametresLus parametres, String referentiel, Optional<byte[]> fichierDeSortie,
                       Map<Integer, List<Erreur>> anomalies, Optional<Throwable> cause) {

    public record Synthese(int demandes, int demandesEnAnomalie) {
    }

    /** The simulation could not run or finish; {@code erreurs} holds the R01 errors, if a resource is the cause. */
    public static Resultat erreurInterne(List<Erreur> erreurs, ParametresLus parametres, String referentiel,
                                         Throwable cause) {
        return new Resultat(Etat.ERREUR_INTERNE, null, List.copyOf(erreurs), Optional.empty(), parametres, referentiel,
                Optional.empty(), Map.of(), Optional.of(cause));
    }

    /** A fault outside the engine (the store failed): nothing is known of the parameters or the résultat. */
    public static Resultat erreurInterne(Throwable cause) {
        return erreurInterne(List.of(), new ParametresLus(null, null, null), null, cause);
    }

    /** The status message of spec §4 for this outcome. */
    public String message() {
        return switch (etat) {
            case REUSSI -> Messages.REUSSI;
            case ERREUR_INTERNE -> Messages.ERREUR_INTERNE;
            case REJETE -> etape == Etape.PARAMETRES || etape == Etape.FICHIER
                    ? erreurs.get(0).libelle()
                    : Messages.REJETE_FICHIER_DE_RETOUR;
            case EN_COURS, EN_ATTENTE -> throw new IllegalStateException("a result is never " + etat);
        };
    }
}

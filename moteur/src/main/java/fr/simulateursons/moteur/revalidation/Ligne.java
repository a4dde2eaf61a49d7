package fr.simulateursons.moteur.revalidation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One file of a run: its verdict now, and the one it is compared with (the previous run's, else the original
 * simulation's; null when the file has neither). Written and read back by Jackson, one per line in a run's journal.
 *
 * @param raison why the file is ERREUR_INTERNE, in French (it vanished, it is not a regular file, a resource is
 *               broken…); absent otherwise, and from the lines of runs written before it existed
 */
@JsonPropertyOrder({"cle", "versionId", "avant", "apres", "raison"})
public record Ligne(String cle, String versionId, Verdict avant, Verdict apres,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String raison) {

    public boolean changement() {
        return avant != null && !avant.equals(apres);
    }
}

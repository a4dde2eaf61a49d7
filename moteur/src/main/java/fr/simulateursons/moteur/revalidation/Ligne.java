package fr.simulateursons.moteur.revalidation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One file of a run: its verdict now, and the one it is compared with (the previous run's, else the original
 * simulation's; null when the file has neither). Written and read back by Jackson.
 */
@JsonPropertyOrder({"cle", "versionId", "avant", "apres"})
public record Ligne(String cle, String versionId, Verdict avant, Verdict apres) {

    public boolean changement() {
        return avant != null && !avant.equals(apres);
    }
}

package fr.simulateursons.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.simulateursons.aws.depot.ResumeSimulation;
import fr.simulateursons.moteur.Statut;

import java.util.List;

/**
 * {@code GET /simulations/{id}} once the simulation is final: the status of spec §4 (its errors bounded), the totals,
 * the first anomalies with their demande, and presigned links to the annotated file and to the attestation de
 * simulation when there are.
 */
@JsonPropertyOrder({"statut", "erreursTotal", "anomalies", "anomaliesTotal", "fichierDeSortie", "attestation"})
record ReponseSimulation(@JsonUnwrapped Statut statut, int erreursTotal, List<ResumeSimulation.AnomalieListee> anomalies,
                         int anomaliesTotal, @JsonInclude(JsonInclude.Include.NON_NULL) String fichierDeSortie,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String attestation) {

    static ReponseSimulation de(ResumeSimulation r, String lienSortie, String lienAttestation) {
        return new ReponseSimulation(r.statut(), r.erreursTotal(), r.anomalies(), r.anomaliesTotal(), lienSortie,
                lienAttestation);
    }
}

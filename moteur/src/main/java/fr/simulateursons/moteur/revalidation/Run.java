package fr.simulateursons.moteur.revalidation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;

/**
 * A run as it was launched: what it compares with ({@code precedent}: a run id, or null for the original
 * simulations), what it covers, and when it started. Written first, kept as is when a run is launched again.
 */
@JsonPropertyOrder({"runId", "precedent", "prefixe", "fichiers", "lots", "debut"})
public record Run(String runId, String precedent, String prefixe, int fichiers, int lots, Instant debut) {
}

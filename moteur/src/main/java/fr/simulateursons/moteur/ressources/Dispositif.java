package fr.simulateursons.moteur.ressources;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/** A SONS dispositif: its deadline for avances and its plafonds HT by prestation ({@code VA2}, {@code VA1_VA2}). */
public record Dispositif(String code, String couloir, OffsetDateTime dateLimiteAvance, Map<String, BigDecimal> plafondsHT) {
}

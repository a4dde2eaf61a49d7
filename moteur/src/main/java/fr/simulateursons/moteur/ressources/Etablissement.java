package fr.simulateursons.moteur.ressources;

import java.math.BigDecimal;
import java.util.List;

/** An eligible establishment: the dispositifs it may be funded by, and its own plafond HT if it has one (null otherwise). */
public record Etablissement(String finessGeographique, List<String> dispositifs, BigDecimal plafondHT) {
}

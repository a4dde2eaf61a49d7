package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.parametres.ParametresValides;
import fr.simulateursons.moteur.ressources.Dispositif;
import fr.simulateursons.moteur.ressources.Eligibilite;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules compare a demande with.
 *
 * @param plafonds   the plafond HT of each prestation value of the file, through the pack's {@code prestations}
 * @param aujourdhui the day of the simulation, in Europe/Paris
 */
public record Contexte(ParametresValides parametres, Dispositif dispositif, Map<String, BigDecimal> plafonds,
                       Optional<Eligibilite> eligibilite, LocalDate aujourdhui) {

    public BigDecimal plafond(String prestation) {
        return plafonds.get(prestation);
    }
}

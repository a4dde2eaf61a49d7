package fr.simulateursons.engine.demandes;

import fr.simulateursons.engine.parametres.Parametres;
import fr.simulateursons.ressources.Dispositif;
import fr.simulateursons.ressources.Eligibilite;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the rules compare a demande with.
 *
 * @param aujourdhui the day of the simulation, in Europe/Paris
 */
public record Contexte(Parametres parametres, Dispositif dispositif, Optional<Eligibilite> eligibilite,
                       LocalDate aujourdhui) {
}

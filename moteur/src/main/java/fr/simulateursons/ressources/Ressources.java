package fr.simulateursons.ressources;

import fr.simulateursons.ressources.format.FormatSons;

import java.util.Optional;

/** The resources one simulation runs against. */
public record Ressources(Referentiel referentiel, Dispositifs dispositifs, Optional<Eligibilite> eligibilite,
                         FormatSons format) {
}

package fr.simulateursons.ressources;

import java.util.Optional;

/** The resources one simulation runs against. */
public record Ressources(Referentiel referentiel, Dispositifs dispositifs, Optional<Eligibilite> eligibilite) {
}

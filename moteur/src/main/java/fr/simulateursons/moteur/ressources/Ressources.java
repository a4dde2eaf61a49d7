package fr.simulateursons.moteur.ressources;

import fr.simulateursons.moteur.pack.Catalogue;

import java.util.Optional;

/** The resources one simulation runs against. */
public record Ressources(Referentiel referentiel, Dispositifs dispositifs, Optional<Eligibilite> eligibilite,
                         Catalogue format) {
}

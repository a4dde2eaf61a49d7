package fr.simulateursons.moteur.ressources;

import fr.simulateursons.moteur.pack.Pack;

import java.util.Optional;

/** The resources one simulation runs against. */
public record Ressources(Referentiel referentiel, Dispositifs dispositifs, Optional<Eligibilite> eligibilite,
                         Pack format) {
}

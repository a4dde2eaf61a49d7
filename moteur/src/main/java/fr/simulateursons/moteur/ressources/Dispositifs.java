package fr.simulateursons.moteur.ressources;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dispositifs SONS, by code. */
public record Dispositifs(String version, Map<String, Dispositif> dispositifs) {

    public Dispositifs(String version, List<Dispositif> dispositifs) {
        this(version, Index.par(dispositifs, Dispositif::code));
    }

    public Optional<Dispositif> dispositif(String code) {
        return Optional.ofNullable(dispositifs.get(code));
    }
}

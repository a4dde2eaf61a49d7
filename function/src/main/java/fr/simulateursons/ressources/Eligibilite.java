package fr.simulateursons.ressources;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The base des établissements éligibles, by FINESS géographique. */
public final class Eligibilite {
    private final String version;
    private final Map<String, Etablissement> parFiness;

    public Eligibilite(String version, List<Etablissement> etablissements) {
        this.version = version;
        this.parFiness = etablissements.stream().collect(Collectors.toUnmodifiableMap(
                Etablissement::finessGeographique, Function.identity()));
    }

    public String version() {
        return version;
    }

    public Optional<Etablissement> etablissement(String finessGeographique) {
        return Optional.ofNullable(parFiness.get(finessGeographique));
    }
}

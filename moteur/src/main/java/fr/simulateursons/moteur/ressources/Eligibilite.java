package fr.simulateursons.moteur.ressources;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The base des établissements éligibles, by FINESS géographique. */
public record Eligibilite(String version, Map<String, Etablissement> etablissements) {

    public Eligibilite(String version, List<Etablissement> etablissements) {
        this(version, Index.par(etablissements, Etablissement::finessGeographique));
    }

    public Optional<Etablissement> etablissement(String finessGeographique) {
        return Optional.ofNullable(etablissements.get(finessGeographique));
    }
}

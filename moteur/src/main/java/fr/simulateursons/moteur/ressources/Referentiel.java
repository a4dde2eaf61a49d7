package fr.simulateursons.moteur.ressources;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The solutions référencées en vague 2, by numéro ANS. */
public record Referentiel(String version, Map<String, Solution> solutions) {

    public Referentiel(String version, List<Solution> solutions) {
        this(version, Index.par(solutions, Solution::numeroAns));
    }

    public Optional<Solution> solution(String numeroAns) {
        return Optional.ofNullable(solutions.get(numeroAns));
    }
}

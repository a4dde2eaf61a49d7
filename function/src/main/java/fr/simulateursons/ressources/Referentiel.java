package fr.simulateursons.ressources;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The solutions référencées en vague 2, by numéro ANS. */
public final class Referentiel {
    private final String version;
    private final Map<String, Solution> solutions;

    public Referentiel(String version, List<Solution> solutions) {
        this.version = version;
        this.solutions = solutions.stream().collect(Collectors.toUnmodifiableMap(Solution::numeroAns,
                Function.identity()));
    }

    public String version() {
        return version;
    }

    public Optional<Solution> solution(String numeroAns) {
        return Optional.ofNullable(solutions.get(numeroAns));
    }
}

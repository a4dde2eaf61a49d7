package fr.simulateursons.moteur.ressources;

import java.util.List;

/** A solution référencée en vague 2, as the référentiel lists it. */
public record Solution(String numeroAns, String siretFournisseur, String raisonSociale, String nomSolution,
                       List<String> dispositifs) {
}

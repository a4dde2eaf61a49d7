package fr.simulateursons.engine.parametres;

import fr.simulateursons.ressources.Solution;

/** The three parameters of a simulation once they have passed P01–P05. */
public record Parametres(String numeroAns, TypeDemande typeDemande, TauxTva tauxTva, Solution solution) {
}

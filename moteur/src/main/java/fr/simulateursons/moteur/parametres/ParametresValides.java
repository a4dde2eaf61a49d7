package fr.simulateursons.moteur.parametres;

import fr.simulateursons.moteur.ressources.Solution;

/** The parameters of a simulation once they have passed P01–P05. */
public record ParametresValides(String numeroAns, TypeDemande typeDemande, TauxTva tauxTva, Solution solution) {
}

package fr.simulateursons.moteur.parametres;

import fr.simulateursons.moteur.ressources.Solution;

/** The three parameters of a simulation once they have passed P01–P05. */
public record Parametres(String numeroAns, TypeDemande typeDemande, TauxTva tauxTva, Solution solution) {
}
